import { REPORT } from "../../report-format.js";
import { ocamlString } from "./literals.js";

/**
 * The runtime every compiled OCaml test program starts with. It lives in a module that opens
 * Stdlib, so a candidate defining `compare`, `abs`, `min`, `(=)` or a module named `List` cannot
 * change what the prelude means; only names with the reserved `__pt_` prefix leave the module.
 * It must stay free of warnings: the toplevel prints them to stderr.
 */
export function ocamlPrelude(tupleArities: readonly number[], extras: readonly PreludeExtra[] = []): string {
  const tuples = tupleArities.map(tupleCombinators).join("\n");
  const sections = EXTRAS.filter((extra) => extras.includes(extra)).map((extra) => `\n${EXTRA_TEXT[extra]}`).join("");
  return `${CORE}${sections}${tuples ? `\n  (* Tuples of the arities this program uses. *)\n${tuples}\n` : ""}end
open Polytest_prelude__
`;
}

/** Parts of the prelude that only some programs need: `sorted(...)` views and `round(...)` ranges. */
export type PreludeExtra = "sorted" | "range";
const EXTRAS: readonly PreludeExtra[] = ["sorted", "range"];

/** The extras a program's assertions name, so the prelude defines just those. */
export function preludeExtrasUsed(assertions: readonly string[]): PreludeExtra[] {
  const text = assertions.join("\n");
  return EXTRAS.filter((extra) => (extra === "sorted" ? /\b__pt_eq_sorted\b/ : /\b__pt_in_range_/).test(text));
}

/** Equality and printing for one tuple arity, e.g. `__pt_eq_tuple3 e1 e2 e3 (a1, a2, a3) (b1, b2, b3)`. */
function tupleCombinators(arity: number): string {
  const ns = Array.from({ length: arity }, (_, i) => i + 1);
  const names = (prefix: string) => ns.map((i) => `${prefix}${i}`);
  const tuple = (prefix: string) => `(${names(prefix).join(", ")})`;
  return [
    `  let __pt_eq_tuple${arity} ${names("e").join(" ")} ${tuple("a")} ${tuple("b")} =`,
    `    ${ns.map((i) => `e${i} a${i} b${i}`).join(" && ")}`,
    `  let __pt_show_tuple${arity} ${names("s").join(" ")} ${tuple("a")} =`,
    `    "(" ^ String.concat ", " [${ns.map((i) => `s${i} a${i}`).join("; ")}] ^ ")"`,
  ].join("\n");
}

const CORE = String.raw`module Polytest_prelude__ = struct
  open Stdlib

  let __pt_passed = ref 0
  let __pt_failed = ref 0

  (* Where the last report text ended in stdout. If the candidate has written since (or before
     the prelude: a fresh channel is at offset 0, or -1 on a pipe), its output may lack a final
     newline, so the report starts a new line first; at worst that adds an empty line. *)
  let __pt_report_end = ref (if pos_out stdout <= 0 then pos_out stdout else min_int)
  let __pt_report (text : string) : unit =
    if pos_out stdout <> !__pt_report_end then print_char '\n';
    print_string text;
    __pt_report_end := pos_out stdout

  (* One assertion: [run] calls the candidate, [holds] judges the result, [show] prints it.
     An exception from any of them fails this assertion only. *)
  let __pt_check (header : string) (expected : string) (run : unit -> 'a) (holds : 'a -> bool)
      (show : 'a -> string) : unit =
    let failure =
      try
        let result = run () in
        if holds result then None else Some (${ocamlString(REPORT.actualPrefix)} ^ show result)
      with e -> Some (${ocamlString(REPORT.errorPrefix)} ^ Printexc.to_string e)
    in
    match failure with
    | None -> incr __pt_passed
    | Some detail ->
      incr __pt_failed;
      __pt_report (header ^ "\n" ^ ${ocamlString(REPORT.expectedPrefix)} ^ expected ^ "\n" ^ detail ^ "\n")

  (* The closing line; the exit status says whether every assertion held. *)
  let __pt_finish () : unit =
    __pt_report (${ocamlString(REPORT.summaryPrefix)} ^ string_of_int !__pt_passed ^ " passed, "
                 ^ string_of_int !__pt_failed ^ " failed\n");
    exit (if !__pt_failed > 0 then 1 else 0)

  let __pt_not (holds : 'a -> bool) (x : 'a) : bool = not (holds x)

  (* Equality, [expected -> actual -> bool], built from the type. *)
  let __pt_eq_int (a : int) (b : int) = a = b
  let __pt_eq_bool (a : bool) (b : bool) = a = b
  let __pt_eq_string (a : string) (b : string) = a = b

  (* math.isclose: equal, or both finite and within max(rel * max(|a|, |b|), abs); nan equals nothing. *)
  let __pt_eq_float_isclose (rel : float) (abs_tol : float) (a : float) (b : float) =
    a = b
    || (Float.is_finite a && Float.is_finite b
        && Float.abs (a -. b) <= Float.max (rel *. Float.max (Float.abs a) (Float.abs b)) abs_tol)

  (* abs(a - b) < eps, or <= when inclusive: exactly the test the Python assert states. *)
  let __pt_eq_float_absdiff (eps : float) (inclusive : bool) (a : float) (b : float) =
    let d = Float.abs (a -. b) in
    if inclusive then d <= eps else d < eps

  (* A tolerance the assert states applies to int results too, computed in floats as Python's
     abs(a - b) < eps and math.isclose(a, b) do (exactly so for ints below 2^53). *)
  let __pt_eq_int_isclose rel abs_tol (a : int) (b : int) =
    __pt_eq_float_isclose rel abs_tol (float_of_int a) (float_of_int b)
  let __pt_eq_int_absdiff eps inclusive (a : int) (b : int) =
    __pt_eq_float_absdiff eps inclusive (float_of_int a) (float_of_int b)

  let __pt_eq_option eq a b =
    match a, b with
    | None, None -> true
    | Some x, Some y -> eq x y
    | _ -> false

  let __pt_eq_list eq a b = List.compare_lengths a b = 0 && List.for_all2 eq a b

  (* The items of two lists pair off one to one under [eq]: the same length, and a maximum
     bipartite matching that covers them, so that a tolerance that is not transitive cannot make
     a greedy pairing miss. *)
  let __pt_pair_off eq expected actual =
    let e = Array.of_list expected and a = Array.of_list actual in
    let n = Array.length e in
    if Array.length a <> n then false
    else begin
      let matches = Array.init n (fun i -> Array.init n (fun j -> eq e.(i) a.(j))) in
      let owner = Array.make n (-1) in
      let rec augment i seen j =
        if j >= n then false
        else if matches.(i).(j) && not seen.(j) then begin
          seen.(j) <- true;
          if owner.(j) < 0 || augment owner.(j) seen 0 then (owner.(j) <- i; true) else augment i seen (j + 1)
        end
        else augment i seen (j + 1)
      in
      let rec all i = i >= n || (augment i (Array.make n false) 0 && all (i + 1)) in
      all 0
    end

  (* Sets, as T lists. A Python set holds each value once, so exact repeats collapse first (on
     both sides); then the items pair off one to one, so that two close floats stay two items
     ({0.0, 1e-300} is not {0.0}). *)
  let __pt_distinct xs = List.rev (List.fold_left (fun seen x -> if List.exists (fun y -> y = x) seen then seen else x :: seen) [] xs)
  let __pt_eq_set eq a b = __pt_pair_off eq (__pt_distinct a) (__pt_distinct b)

  (* Dicts, as association lists in any order: the entries pair off one to one, so an actual
     list with a repeated or a missing key does not equal the expected dict. *)
  let __pt_eq_dict eq_key eq_value expected actual =
    __pt_pair_off (fun (k1, v1) (k2, v2) -> eq_key k1 k2 && eq_value v1 v2) expected actual

  (* Python truthiness, built from the type. *)
  let __pt_truthy_int (x : int) = x <> 0
  let __pt_truthy_float (x : float) = x <> 0.
  let __pt_truthy_bool (x : bool) = x
  let __pt_truthy_string (x : string) = x <> ""
  let __pt_truthy_list (x : 'a list) = match x with [] -> false | _ -> true
  let __pt_truthy_tuple (_ : 'a) = true
  let __pt_truthy_option truthy x = match x with None -> false | Some v -> truthy v

  let __pt_is_none x = match x with None -> true | Some _ -> false

  (* Parts of a result whose type no value of the suite shows. An expected value never has
     anything there (it would show the type), so the enclosing list, option or dict equality
     never applies [__pt_eq_unseen]: [] equals only [], None only None. *)
  let __pt_eq_unseen (_ : 'a) (_ : 'a) : bool = false
  let __pt_show_unseen (_ : 'a) : string = "<value>"

  (* Python truthiness of a result whose type no value shows ([assert f(x)] only), read from its
     runtime representation, which is unambiguous for every type of the encoding (int, float,
     bool, string, T option, T list, tuples): an immediate is false exactly when it is 0 (0,
     false, [] and None); a float or a string when it is 0. or ""; a block of one field is
     [Some v], as true as [v]; any other block (a list cell, a tuple) is true. *)
  let rec __pt_truthy_repr (r : Obj.t) : bool =
    if Obj.is_int r then (Obj.obj r : int) <> 0
    else if Obj.tag r = Obj.double_tag then (Obj.obj r : float) <> 0.
    else if Obj.tag r = Obj.string_tag then String.length (Obj.obj r : string) > 0
    else if Obj.tag r = 0 && Obj.size r = 1 then __pt_truthy_repr (Obj.field r 0)
    else true
  let __pt_truthy_unseen (x : 'a) : bool = __pt_truthy_repr (Obj.repr x)

  (* Printers for the report, as Python's repr would write the value. *)
  let __pt_show_int = string_of_int
  let __pt_show_bool b = if b then "True" else "False"

  (* repr(float): the shortest digits that read back, exponent form below 1e-4 and from 1e16. *)
  let __pt_show_float (x : float) =
    if Float.is_nan x then "nan"
    else if x = infinity then "inf"
    else if x = neg_infinity then "-inf"
    else if x = 0. then (if Float.sign_bit x then "-0.0" else "0.0")
    else begin
      let rec shortest digits =
        let s = Printf.sprintf "%.*e" digits x in
        if digits >= 16 || float_of_string s = x then s else shortest (digits + 1)
      in
      let s = shortest 0 in
      let e = String.index s 'e' in
      let exponent = int_of_string (String.sub s (e + 1) (String.length s - e - 1)) in
      let sign = if x < 0. then "-" else "" in
      let digits =
        String.concat "" (String.split_on_char '.' (String.sub s (String.length sign) (e - String.length sign)))
      in
      let n = String.length digits in
      if exponent < -4 || exponent >= 16 then
        let mantissa = if n > 1 then String.sub digits 0 1 ^ "." ^ String.sub digits 1 (n - 1) else digits in
        Printf.sprintf "%s%se%s%02d" sign mantissa (if exponent < 0 then "-" else "+") (abs exponent)
      else if exponent < 0 then sign ^ "0." ^ String.make (-exponent - 1) '0' ^ digits
      else if n > exponent + 1 then
        sign ^ String.sub digits 0 (exponent + 1) ^ "." ^ String.sub digits (exponent + 1) (n - exponent - 1)
      else sign ^ digits ^ String.make (exponent + 1 - n) '0' ^ ".0"
    end

  (* repr(str), byte by byte: non-ASCII UTF-8 is kept as it is. *)
  let __pt_show_string (s : string) =
    let quote = if String.contains s '\'' && not (String.contains s '"') then '"' else '\'' in
    let b = Buffer.create (String.length s + 2) in
    Buffer.add_char b quote;
    String.iter
      (fun c ->
        match c with
        | '\\' -> Buffer.add_string b "\\\\"
        | '\n' -> Buffer.add_string b "\\n"
        | '\r' -> Buffer.add_string b "\\r"
        | '\t' -> Buffer.add_string b "\\t"
        | c when c = quote -> Buffer.add_char b '\\'; Buffer.add_char b c
        | c when Char.code c < 0x20 || Char.code c = 0x7f -> Buffer.add_string b (Printf.sprintf "\\x%02x" (Char.code c))
        | c -> Buffer.add_char b c)
      s;
    Buffer.add_char b quote;
    Buffer.contents b

  let __pt_show_items opening closing items = opening ^ String.concat ", " items ^ closing
  let __pt_show_list show xs = __pt_show_items "[" "]" (List.map show xs)
  let __pt_show_set show xs =
    match xs with [] -> "set()" | _ -> __pt_show_items "{" "}" (List.map show xs)
  let __pt_show_vartuple show xs =
    match xs with [x] -> "(" ^ show x ^ ",)" | _ -> __pt_show_items "(" ")" (List.map show xs)
  let __pt_show_dict show_key show_value entries =
    __pt_show_items "{" "}" (List.map (fun (k, v) -> show_key k ^ ": " ^ show_value v) entries)
  let __pt_show_option show x = match x with None -> "None" | Some v -> show v
`;

const EXTRA_TEXT: Readonly<Record<PreludeExtra, string>> = {
  sorted: String.raw`  (* sorted(r) == expected, as multiset equality: the items pair off one to one under [eq]. The
     expected list is not sorted again here. *)
  let __pt_eq_sorted eq expected actual = __pt_pair_off eq expected actual
`,
  range: String.raw`  (* round(r, n) == y as low <= r <= high, exactly; nan is in no range. An int is compared with the
     float bounds exactly: n >= b holds for an integer n exactly when n >= ceil b, and n <= b when
     n <= floor b; a bound at or beyond 2^62 lies outside every OCaml int. *)
  let __pt_int_limit = Float.ldexp 1. 62
  let __pt_int_at_least (b : float) (n : int) =
    if Float.is_nan b then false
    else if b <= -. __pt_int_limit then true
    else if b >= __pt_int_limit then false
    else n >= int_of_float (Float.ceil b)
  let __pt_int_at_most (b : float) (n : int) =
    if Float.is_nan b then false
    else if b >= __pt_int_limit then true
    else if b < -. __pt_int_limit then false
    else n <= int_of_float (Float.floor b)
  let __pt_in_range_int (low : float) (high : float) (n : int) = __pt_int_at_least low n && __pt_int_at_most high n
  let __pt_in_range_float (low : float) (high : float) (x : float) = low <= x && x <= high
  let __pt_in_range_option in_range x = match x with None -> false | Some v -> in_range v
`,
};
