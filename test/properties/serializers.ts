/**
 * Per-target printers of the canonical serialization (canonical.ts), written in each target and
 * driven by the IR type, plus the `echo` candidate that prints its argument with them and returns
 * it unchanged. A printer checks the representation the contract gives (a Lua int is an integer,
 * a Racket float a flonum, ...) and writes `BAD:...` where it finds another.
 */
import type { Type } from "../../src/ir/types.js";

export interface TargetPrinter {
  /** The candidate source: printer definitions and `echo`, which prints `@@<serialization>`. */
  candidate(type: Type): string;
}

const LUA_PRELUDE = String.raw`
local __ser = {}
function __ser.int(x) if math.type(x) ~= "integer" then return "BAD:int:" .. tostring(x) end return string.format("I%d", x) end
-- An int at a float position stays an integer (Python passes the int): written as one.
function __ser.float(x) if math.type(x) == "integer" then return string.format("I%d", x) end if math.type(x) ~= "float" then return "BAD:float:" .. tostring(x) end return "F" .. string.format("%.17g", x) end
-- A float key with an integral value becomes an integer key in Lua (the contract allows it: 1 == 1.0),
-- and an int key at a float position stays an integer: both are written as the integer.
function __ser.floatkey(x) if math.type(x) == "integer" then return string.format("I%d", x) end return __ser.float(x) end
function __ser.bool(x) if type(x) ~= "boolean" then return "BAD:bool:" .. tostring(x) end return x and "B1" or "B0" end
function __ser.str(x) if type(x) ~= "string" then return "BAD:str:" .. tostring(x) end return "X" .. (x:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
function __ser.opt(f) return function(x) if x == nil then return "N" end return f(x) end end
local function __items(tag, x, each)
  if type(x) ~= "table" then return "BAD:" .. tag .. ":" .. tostring(x) end
  local parts = {"(" .. tag}
  each(x, function(s) parts[#parts + 1] = " " .. s end)
  return table.concat(parts) .. ")"
end
function __ser.list(f) return function(x) return __items("L", x, function(t, add) for i = 1, #t do add(f(t[i])) end end) end end
function __ser.tuple(fs) return function(x) return __items("T", x, function(t, add) for i = 1, #fs do add(fs[i](t[i])) end if #t ~= #fs then add("BAD:arity") end end) end end
function __ser.set(f) return function(x) return __items("S", x, function(t, add) for k, present in pairs(t) do add(present == true and f(k) or "BAD:setvalue") end end) end end
function __ser.dict(fk, fv) return function(x) return __items("D", x, function(t, add) for k, v in pairs(t) do add(fk(k) .. " " .. fv(v)) end end) end end
`;

function luaExpr(type: Type, hashed = false): string {
  switch (type.kind) {
    case "int":
    case "bool":
    case "str":
      return `__ser.${type.kind}`;
    case "float":
      return hashed ? "__ser.floatkey" : "__ser.float";
    case "optional":
      return `__ser.opt(${luaExpr(type.inner, hashed)})`;
    case "list":
      return `__ser.list(${luaExpr(type.element, hashed)})`;
    case "set":
      return `__ser.set(${luaExpr(type.element, true)})`;
    case "tuple":
      return `__ser.tuple({${type.elements.map((t) => luaExpr(t, hashed)).join(", ")}})`;
    case "dict":
      return `__ser.dict(${luaExpr(type.key, true)}, ${luaExpr(type.value, hashed)})`;
    default:
      throw new Error(`no Lua printer for ${type.kind}`);
  }
}

const OCAML_PRELUDE = String.raw`
let __ser_int x = "I" ^ string_of_int x
let __ser_float x = "F" ^ Printf.sprintf "%.17g" x
let __ser_bool x = if x then "B1" else "B0"
let __ser_str s = "X" ^ String.concat "" (List.init (String.length s) (fun i -> Printf.sprintf "%02x" (Char.code s.[i])))
let __ser_opt f = function None -> "N" | Some x -> f x
let __ser_items tag parts = "(" ^ tag ^ String.concat "" (List.map (fun p -> " " ^ p) parts) ^ ")"
let __ser_list f xs = __ser_items "L" (List.map f xs)
let __ser_set f xs = __ser_items "S" (List.map f xs)
let __ser_dict fk fv kvs = __ser_items "D" (List.map (fun (k, v) -> fk k ^ " " ^ fv v) kvs)
`;

function ocamlExpr(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
      return `__ser_${type.kind}`;
    case "optional":
      return `(__ser_opt ${ocamlExpr(type.inner)})`;
    case "list":
      return `(__ser_list ${ocamlExpr(type.element)})`;
    case "set":
      return `(__ser_set ${ocamlExpr(type.element)})`;
    case "dict":
      return `(__ser_dict ${ocamlExpr(type.key)} ${ocamlExpr(type.value)})`;
    case "tuple": {
      const names = type.elements.map((_, i) => `__t${i}`);
      return `(fun (${names.join(", ")}) -> __ser_items "T" [${type.elements.map((t, i) => `${ocamlExpr(t)} ${names[i]}`).join("; ")}])`;
    }
    default:
      throw new Error(`no OCaml printer for ${type.kind}`);
  }
}

const R_PRELUDE = String.raw`
.ser_int <- function(x) if (is.numeric(x) && length(x) == 1 && !is.na(x) && x == round(x)) sprintf("I%.0f", x) else paste0("BAD:int:", deparse(x))
.ser_float <- function(x) if (is.double(x) && length(x) == 1) paste0("F", sprintf("%.17g", x)) else paste0("BAD:float:", deparse(x))
.ser_bool <- function(x) if (is.logical(x) && length(x) == 1 && !is.na(x)) (if (x) "B1" else "B0") else paste0("BAD:bool:", deparse(x))
.ser_str <- function(x) if (is.character(x) && length(x) == 1 && !is.na(x)) paste0("X", paste(as.character(charToRaw(enc2utf8(x))), collapse = "")) else paste0("BAD:str:", deparse(x))
.ser_opt <- function(f) function(x) if (is.null(x)) "N" else f(x)
.ser_items <- function(tag, parts) paste0("(", tag, paste0(vapply(parts, function(p) paste0(" ", p), ""), collapse = ""), ")")
.ser_list <- function(f) function(x) .ser_items("L", vapply(seq_along(x), function(i) f(x[[i]]), ""))
.ser_set <- function(f) function(x) .ser_items("S", vapply(seq_along(x), function(i) f(x[[i]]), ""))
.ser_tuple <- function(...) { fs <- list(...); function(x) .ser_items("T", c(vapply(seq_along(fs), function(i) fs[[i]](x[[i]]), ""), if (length(x) != length(fs)) "BAD:arity")) }
# Dict names are the keys as strings (the contract): int keys read back as numbers.
.ser_key_int <- function(n) sprintf("I%.0f", as.numeric(n))
.ser_dict <- function(fk, fv) function(x) .ser_items("D", vapply(seq_along(x), function(i) paste(fk(names(x)[[i]]), fv(x[[i]])), ""))
`;

function rExpr(type: Type, key = false): string {
  switch (type.kind) {
    case "int":
      return key ? ".ser_key_int" : ".ser_int";
    case "float":
    case "bool":
    case "str":
      return `.ser_${type.kind}`;
    case "optional":
      return `.ser_opt(${rExpr(type.inner, key)})`;
    case "list":
      return `.ser_list(${rExpr(type.element)})`;
    case "set":
      return `.ser_set(${rExpr(type.element)})`;
    case "dict":
      return `.ser_dict(${rExpr(type.key, true)}, ${rExpr(type.value)})`;
    case "tuple":
      return `.ser_tuple(${type.elements.map((t) => rExpr(t)).join(", ")})`;
    default:
      throw new Error(`no R printer for ${type.kind}`);
  }
}

const RACKET_PRELUDE = String.raw`
(define (__ser-int x) (if (exact-integer? x) (format "I~a" x) (format "BAD:int:~s" x)))
;; An int at a float position stays an exact integer (Python passes the int): written as one.
(define (__ser-float x) (cond [(flonum? x) (string-append "F" (number->string x))] [(exact-integer? x) (format "I~a" x)] [else (format "BAD:float:~s" x)]))
(define (__ser-bool x) (if (boolean? x) (if x "B1" "B0") (format "BAD:bool:~s" x)))
(define (__ser-str x)
  (if (string? x)
      (apply string-append "X" (for/list ([b (in-bytes (string->bytes/utf-8 x))]) (~r b #:base 16 #:min-width 2 #:pad-string "0")))
      (format "BAD:str:~s" x)))
(define ((__ser-opt f) x) (if (eq? x #f) "N" (f x)))
(define (__ser-items tag parts) (string-append "(" tag (apply string-append (for/list ([p parts]) (string-append " " p))) ")"))
(define ((__ser-list f) x) (if (list? x) (__ser-items "L" (map f x)) (format "BAD:list:~s" x)))
(define ((__ser-set f) x) (if (set? x) (__ser-items "S" (for/list ([e (in-set x)]) (f e))) (format "BAD:set:~s" x)))
(define ((__ser-dict fk fv) x) (if (hash? x) (__ser-items "D" (for/list ([(k v) (in-hash x)]) (string-append (fk k) " " (fv v)))) (format "BAD:dict:~s" x)))
(define ((__ser-tuple . fs) x)
  (if (and (list? x) (= (length x) (length fs))) (__ser-items "T" (map (lambda (f e) (f e)) fs x)) (format "BAD:tuple:~s" x)))
`;

function racketExpr(type: Type): string {
  switch (type.kind) {
    case "int":
    case "float":
    case "bool":
    case "str":
      return `__ser-${type.kind}`;
    case "optional":
      return `(__ser-opt ${racketExpr(type.inner)})`;
    case "list":
      return `(__ser-list ${racketExpr(type.element)})`;
    case "set":
      return `(__ser-set ${racketExpr(type.element)})`;
    case "dict":
      return `(__ser-dict ${racketExpr(type.key)} ${racketExpr(type.value)})`;
    case "tuple":
      return `(__ser-tuple ${type.elements.map(racketExpr).join(" ")})`;
    default:
      throw new Error(`no Racket printer for ${type.kind}`);
  }
}

export const PRINTERS: Readonly<Record<string, TargetPrinter>> = {
  lua: { candidate: (type) => `${LUA_PRELUDE}\nfunction echo(x) io.write("@@", ${luaExpr(type)}(x), "\\n") return x end\n` },
  ocaml: { candidate: (type) => `${OCAML_PRELUDE}\nlet echo x = print_string ("@@" ^ ${ocamlExpr(type)} x ^ "\\n"); x\n` },
  r: { candidate: (type) => `${R_PRELUDE}\necho <- function(x) { cat("@@", ${rExpr(type)}(x), "\\n", sep = ""); x }\n` },
  racket: { candidate: (type) => `#lang racket\n${RACKET_PRELUDE}\n(define (echo x) (printf "@@~a\\n" (${racketExpr(type)} x)) x)\n` },
};
