import { describe, expect, it } from "vitest";
import { decodePythonString } from "../../src/frontend/python-strings.js";

const value = (token: string) => {
  const decoded = decodePythonString(token);
  if ("error" in decoded) throw new Error(decoded.error);
  return decoded.value;
};
const errorCode = (token: string) => {
  const decoded = decodePythonString(token);
  return "code" in decoded ? decoded.code : undefined;
};

describe("Python string literals", () => {
  it("decodes every escape form", () => {
    expect(value(String.raw`'a\nb\tc\rd\\e\'f\"g'`)).toBe("a\nb\tc\rd\\e'f\"g");
    expect(value(String.raw`"\a\b\f\v"`)).toBe("\x07\b\f\v");
    expect(value(String.raw`"\x00\x7f\xff"`)).toBe("\x00\x7f\xff");
    expect(value(String.raw`"\0\12\101\1011"`)).toBe("\x00\n" + "A" + "A1");
    expect(value(String.raw`"\u00e9\U0001F600"`)).toBe("é😀");
    expect(value('"line\\\ncontinued"')).toBe("linecontinued");
  });

  it("keeps unknown escapes and raw strings as written", () => {
    expect(value(String.raw`"\q\d"`)).toBe("\\q\\d");
    expect(value(String.raw`r"\n\x00"`)).toBe("\\n\\x00");
    expect(value(String.raw`R'\''`)).toBe("\\'");
  });

  it("reads triple quotes, u-prefix and f-strings without fields", () => {
    expect(value(`'''a 'b' "c"'''`)).toBe(`a 'b' "c"`);
    expect(value(`"""x\r\ny"""`)).toBe("x\ny");
    expect(value(`u"caf\\u00e9"`)).toBe("café");
    expect(value(`f"{{literal}}"`)).toBe("{literal}");
  });

  it("refuses what no target can hold or what is not a constant", () => {
    expect(errorCode(`b"bytes"`)).toBe("literal/bytes");
    expect(errorCode(`rb"bytes"`)).toBe("literal/bytes");
    expect(errorCode(`f"{x}"`)).toBe("literal/f-string");
    expect(errorCode(String.raw`"\ud800"`)).toBe("literal/lone-surrogate");
    expect(errorCode(String.raw`"\ud83d\ude00"`)).toBe("literal/lone-surrogate");
    expect(errorCode(String.raw`"\N{SNOWMAN}"`)).toBe("literal/named-escape");
    expect(errorCode(String.raw`"\x4"`)).toBe("literal/escape");
  });
});
