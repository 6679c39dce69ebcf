; Shapes polytest recognises in a Python test file (tree-sitter-python). The front end finds them
; with a statement walk (src/frontend/test-shapes.ts), tested to find what these patterns find.
; The front end classifies each captured assert in code; these patterns find the pieces.

; Every function definition: the function under test, `check`, helpers.
(function_definition
  name: (identifier) @function.name) @function

; Every assert statement, wherever it is (module level for MBPP, inside `check` for HumanEval).
(assert_statement) @assert

; `check(entry_point)` / `check(candidate=entry_point)`: names the function under test.
(call
  function: (identifier) @check.callee
  arguments: (argument_list . (identifier) @check.entry .)
  (#eq? @check.callee "check"))
