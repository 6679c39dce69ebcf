/** The corpus reader lives with the conformance module; the tests use the same one. */
export { CORPUS, CORPUS_PRESENT, type CorpusSuite, corpusSuites } from "../../conformance/corpus.js";
