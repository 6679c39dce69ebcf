import { DEFAULT_TOLERANCE } from "../../ir/suite.js";
import { REPORT } from "../../report-format.js";
import { juliaString } from "./literals.js";
import { juliaTolerance } from "./tolerance.js";

/**
 * The runtime half of the Julia backend, placed inside the test module (see `program.ts`): deep
 * Python-style equality, truthiness and repr by multiple dispatch on the values' own Julia types,
 * the per-assertion runner and the summary. Julia values carry their type at run time (`nothing`,
 * `false`, `0` and `Int64[]` are all different), so no type descriptor is needed.
 *
 * Names are unqualified on purpose: the module sees only Base, never the candidate's Main, so a
 * candidate function named `max`, `string` or `println` cannot shadow what the prelude calls.
 */
export function juliaPrelude(): string {
  return String.raw`# ---- polytest prelude: Python's ==, truthiness and repr, and the report ----

const __pt_counts = [0, 0]  # assertions passed, failed

# How floats are compared (anywhere inside the values): Python's math.isclose, or abs(a - b) < eps.
struct __pt_IsClose
    relative::Float64
    absolute::Float64
end

struct __pt_AbsDiff
    epsilon::Float64
    inclusive::Bool
end

# The contract's default: math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12).
const __pt_default_tol = ${juliaTolerance(DEFAULT_TOLERANCE)}

# Python's ==, deeply. Values of different kinds are never equal: [1] != (1,), None != False,
# None != 0, None != [].
__pt_eq(a, b, tol) = false
__pt_eq(::Nothing, ::Nothing, tol) = true
__pt_eq(a::AbstractString, b::AbstractString, tol) = a == b

# Numbers compare by value as in Python (1 == 1.0, True == 1); with a float on either side, by
# the tolerance.
__pt_eq(a::Number, b::Number, tol) = a == b
__pt_eq(a::AbstractFloat, b::Number, tol) = __pt_within(a, b, tol)
__pt_eq(a::Number, b::AbstractFloat, tol) = __pt_within(a, b, tol)
__pt_eq(a::AbstractFloat, b::AbstractFloat, tol) = __pt_within(a, b, tol)

# A tolerance the assert states (math.isclose(...), abs(a - b) < eps) compares numbers of any
# kind, ints too, as Python computes it; anything else fails, as Python raises TypeError.
__pt_close(a::Number, b::Number, tol) = __pt_within(a, b, tol)
__pt_close(a, b, tol) = false

# math.isclose: a == b, or |a - b| <= max(rel * max(|a|, |b|), abs) in Float64. NaN equals
# nothing; an infinity only the same infinity.
function __pt_within(a::Number, b::Number, tol::__pt_IsClose)
    a == b && return true
    x, y = Float64(a), Float64(b)
    (isinf(x) || isinf(y)) && return false
    return abs(x - y) <= max(tol.relative * max(abs(x), abs(y)), tol.absolute)
end

# abs(a - b) < eps (<= when inclusive), computed as Python does: exactly between ints, in Float64
# once a float is involved. NaN and infinities never pass.
function __pt_within(a::Number, b::Number, tol::__pt_AbsDiff)
    distance = __pt_distance(a, b)
    return tol.inclusive ? distance <= tol.epsilon : distance < tol.epsilon
end
__pt_distance(a::Integer, b::Integer) = abs(big(a) - big(b))
__pt_distance(a::Real, b::Real) = abs(Float64(a) - Float64(b))
__pt_distance(a::Number, b::Number) = abs(a - b)

# Lists and tuples: item by item. A Vector never equals a Tuple, as a list never equals a tuple.
__pt_eq(a::AbstractVector, b::AbstractVector, tol) = __pt_eq_items(a, b, tol)
__pt_eq(a::Tuple, b::Tuple, tol) = __pt_eq_items(a, b, tol)
function __pt_eq_items(a, b, tol)
    length(a) == length(b) || return false
    for (x, y) in zip(a, b)
        __pt_eq(x, y, tol) || return false
    end
    return true
end

# Dicts and sets are unordered: equal when their items pair up one to one. (A float may differ
# within the tolerance, so a hash lookup is not enough.)
__pt_eq(a::AbstractDict, b::AbstractDict, tol) =
    __pt_pair_up(collect(a), collect(b), (p, q) -> __pt_eq(p.first, q.first, tol) && __pt_eq(p.second, q.second, tol))
__pt_eq(a::AbstractSet, b::AbstractSet, tol) =
    __pt_pair_up(collect(a), collect(b), (x, y) -> __pt_eq(x, y, tol))

# A perfect matching between xs and ys under same(x, y), grown by augmenting paths (Kuhn's
# algorithm); a free partner is taken at once, so equal runs of items cost no deep search.
function __pt_pair_up(xs::AbstractVector, ys::AbstractVector, same)
    length(xs) == length(ys) || return false
    owner = zeros(Int, length(ys))  # owner[j]: the index in xs matched with ys[j], or 0
    for i in eachindex(xs)
        free = 0
        for j in eachindex(ys)
            if owner[j] == 0 && same(xs[i], ys[j])
                free = j
                break
            end
        end
        if free != 0
            owner[free] = i
        else
            __pt_augment(i, xs, ys, same, owner, falses(length(ys))) || return false
        end
    end
    return true
end

function __pt_augment(i, xs, ys, same, owner, seen)
    for j in eachindex(ys)
        if !seen[j] && same(xs[i], ys[j])
            seen[j] = true
            if owner[j] == 0 || __pt_augment(owner[j], xs, ys, same, owner, seen)
                owner[j] = i
                return true
            end
        end
    end
    return false
end

# ---- views of the result: sorted(result) == [...], set(result) == {...}, round(result, n) == y ----

# The items Python's sorted() and set() iterate over: a list's, a tuple's or a set's items, a
# dict's keys, a str's characters (as one-character strings). Anything else is not iterable in
# Python (TypeError), so the assertion fails either way, != included.
__pt_view_items(x::AbstractVector) = collect(x)
__pt_view_items(x::Tuple) = collect(Any, x)
__pt_view_items(x::AbstractSet) = collect(x)
__pt_view_items(x::AbstractDict) = collect(keys(x))
__pt_view_items(x::AbstractString) = [string(c) for c in x]
__pt_view_items(x) = throw(ArgumentError("not iterable in Python: a $(typeof(x))"))

# Whether Python's a < b is defined (rather than raising TypeError): numbers with numbers, strs
# with strs, sets with sets (subset order); lists with lists and tuples with tuples by their first
# pair of items that are not ==. None and dicts are never ordered.
__pt_orderable(a, b) = false
__pt_orderable(a::Real, b::Real) = true
__pt_orderable(a::AbstractString, b::AbstractString) = true
__pt_orderable(a::AbstractSet, b::AbstractSet) = true
__pt_orderable(a::AbstractVector, b::AbstractVector) = __pt_orderable_items(a, b)
__pt_orderable(a::Tuple, b::Tuple) = __pt_orderable_items(a, b)
function __pt_orderable_items(a, b)
    for (x, y) in zip(a, b)
        __pt_eq(x, y, __pt_IsClose(0.0, 0.0)) || return __pt_orderable(x, y)
    end
    return true
end

# sorted(result) == expected, where expected is a list in Python's ascending order: the items
# pair up one to one (a multiset comparison), so no Julia order has to agree with Python's. When
# some two items have no Python order, sorted() raises: the assertion fails, != included.
function __pt_eq_sorted(result, expected::AbstractVector, tol)
    items = __pt_view_items(result)
    if !(eltype(items) <: Real || eltype(items) <: AbstractString)
        for i in eachindex(items), j in (i + 1):lastindex(items)
            __pt_orderable(items[i], items[j]) ||
                throw(ArgumentError("sorted() raises in Python: no order between a $(typeof(items[i])) and a $(typeof(items[j]))"))
        end
    end
    return __pt_pair_up(items, collect(expected), (x, y) -> __pt_eq(x, y, tol))
end

# Python's hash(): lists and dicts have none, nor a tuple holding one. (A Julia Set inside the
# result stands for a frozenset, the only set Python can hash.)
__pt_hashable(x) = true
__pt_hashable(x::Union{AbstractVector, AbstractDict}) = false
__pt_hashable(x::Tuple) = all(__pt_hashable, x)

# set(result) == expected: every item of the result equals some item of expected, and every item
# of expected some item of the result (set() merges duplicates). An unhashable item makes set()
# raise: the assertion fails, != included.
function __pt_eq_set(result, expected::AbstractSet, tol)
    items = __pt_view_items(result)
    for item in items
        __pt_hashable(item) || throw(ArgumentError("set() raises in Python: unhashable $(typeof(item))"))
    end
    # Exact repeats collapse, as Python's set() does; then the items pair up one to one, so two
    # close floats stay two items (set([0.0]) is not {0.0, 1e-300}).
    distinct = []
    for x in items
        any(y -> __pt_eq(x, y, __pt_IsClose(0.0, 0.0)), distinct) || push!(distinct, x)
    end
    return __pt_pair_up(distinct, collect(expected), (x, y) -> __pt_eq(x, y, tol))
end

# round(result, n) == y: result lies in [low, high], the doubles Python's round takes to y. Julia
# compares Int64, BigInt, Bool and Float64 exactly, so an int result is never rounded on the way;
# nan is in no range. round() of anything but a number raises in Python: the assertion fails.
__pt_in_range(x::Real, low::Float64, high::Float64) = low <= x <= high
__pt_in_range(x, low, high) = false

# Python's truthiness: None, False, 0, 0.0, "" and empty containers are false.
__pt_truthy(::Nothing) = false
__pt_truthy(x::Bool) = x
__pt_truthy(x::Number) = !iszero(x)
__pt_truthy(x::AbstractString) = !isempty(x)
__pt_truthy(x::Union{AbstractArray, Tuple, AbstractDict, AbstractSet}) = !isempty(x)
__pt_truthy(x) = throw(ArgumentError("no Python truth value for a $(typeof(x))"))

# The actual value for the report, as Python's repr would print it.
__pt_repr(x) = repr(x)
__pt_repr(::Nothing) = "None"
__pt_repr(x::Bool) = x ? "True" : "False"
__pt_repr(x::Integer) = string(x)
__pt_repr(x::Float64) = __pt_float_repr(x)
__pt_repr(x::AbstractString) = __pt_str_repr(x)
__pt_repr(x::AbstractVector) = "[" * join([__pt_repr(item) for item in x], ", ") * "]"
__pt_repr(x::Tuple) =
    length(x) == 1 ? "(" * __pt_repr(x[1]) * ",)" : "(" * join([__pt_repr(item) for item in x], ", ") * ")"
__pt_repr(x::AbstractDict) = "{" * join([__pt_repr(k) * ": " * __pt_repr(v) for (k, v) in x], ", ") * "}"
__pt_repr(x::AbstractSet) = isempty(x) ? "set()" : "{" * join([__pt_repr(item) for item in x], ", ") * "}"

# Julia's shortest round-trip digits, laid out as Python does: scientific below 1e-4 and from
# 1e16 (1e-05, 1e+16), fixed otherwise (100000.0, 0.0001).
function __pt_float_repr(x::Float64)
    isnan(x) && return "nan"
    isinf(x) && return x > 0 ? "inf" : "-inf"
    iszero(x) && return signbit(x) ? "-0.0" : "0.0"
    m = match(r"^(-?)(\d+)\.(\d+)(?:e(-?\d+))?$", string(x))
    m === nothing && return string(x)
    minus, whole, fraction, power = m.captures
    all_digits = whole * fraction
    # x = 0.DIGITS * 10^point
    point = length(whole) + (power === nothing ? 0 : parse(Int, power))
    significant = lstrip(all_digits, '0')
    point -= length(all_digits) - length(significant)
    significant = rstrip(significant, '0')
    n = length(significant)
    power10 = point - 1
    if power10 < -4 || power10 >= 16
        mantissa = n == 1 ? significant : significant[1:1] * "." * significant[2:n]
        body = mantissa * "e" * (power10 < 0 ? "-" : "+") * lpad(string(abs(power10)), 2, '0')
    elseif point <= 0
        body = "0." * "0"^(-point) * significant
    elseif point >= n
        body = significant * "0"^(point - n) * ".0"
    else
        body = significant[1:point] * "." * significant[point+1:n]
    end
    return minus * body
end

# Python's repr of a str: single quotes unless the text has ' and no ", escapes for the rest.
function __pt_str_repr(s::AbstractString)
    quote_char = ('\'' in s && !('"' in s)) ? '"' : '\''
    io = IOBuffer()
    print(io, quote_char)
    for c in s
        if c == '\\' || c == quote_char
            print(io, '\\', c)
        elseif c == '\n'
            print(io, "\\n")
        elseif c == '\r'
            print(io, "\\r")
        elseif c == '\t'
            print(io, "\\t")
        elseif !isvalid(c)
            for byte in codeunits(string(c))
                print(io, "\\x", string(byte, base = 16, pad = 2))
            end
        elseif isprint(c)
            print(io, c)
        else
            code = UInt32(c)
            prefix, width = code <= 0xff ? ("\\x", 2) : code <= 0xffff ? ("\\u", 4) : ("\\U", 8)
            print(io, prefix, string(code, base = 16, pad = width))
        end
    end
    print(io, quote_char)
    return String(take!(io))
end

# The first line of an exception's message (a MethodError goes on with lists of candidates).
function __pt_error_text(e)
    text = try
        sprint(showerror, e)
    catch
        string(typeof(e))
    end
    return String(strip(first(split(text, '\n'))))
end

# Every report block starts with an empty line: the candidate may have printed without a final
# newline (print(x)), and Julia cannot tell where stdout stands on a pipe, while the runner needs
# FAIL and summary lines to start lines of their own.

# Runs one assertion: call() calls the candidate, holds(result) judges the result. An exception
# in either fails this assertion only. (@nospecialize: every assertion passes closures of their own
# types; one compiled runner serves them all.)
function __pt_check(header::String, expectation::String, @nospecialize(call), @nospecialize(holds))
    failure = try
        result = call()
        holds(result) === true ? nothing : ${juliaString(REPORT.actualPrefix)} * __pt_repr(result)
    catch e
        ${juliaString(REPORT.errorPrefix)} * __pt_error_text(e)
    end
    if failure === nothing
        __pt_counts[1] += 1
    else
        __pt_counts[2] += 1
        print("\n", header, "\n", ${juliaString(REPORT.expectedPrefix)}, expectation, "\n", failure, "\n")
    end
    return nothing
end

function __pt_finish()
    print("\n", ${juliaString(REPORT.summaryPrefix)}, __pt_counts[1], " passed, ", __pt_counts[2], " failed\n")
    flush(stdout)
    exit(__pt_counts[2] > 0 ? 1 : 0)
end
`;
}
