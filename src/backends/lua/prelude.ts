import { REPORT } from "../../report-format.js";
import { luaString } from "./literals.js";

/**
 * The runtime part of every Lua test program: type-directed equality, Python truthiness, a
 * Python-like printer for the report, and the assertion runners. Every name starts with `__pt_`.
 *
 * Type descriptors (see `descriptors.ts`) drive equality because one Lua table can stand for a
 * list, a tuple, a dict or a set; the descriptor says which Python value the table means.
 */
export function luaPrelude(): string {
  return String.raw`-- polytest test program (Lua 5.4). Everything below is named __pt_*.
-- The builtins the prelude needs are captured into locals here. The candidate's code has already
-- run at this point, so what stays unprotected is a candidate that reassigns a standard library
-- function at top level (next, pcall, string.format, io.stdout, os.exit, ...) before this line.
local __pt_type, __pt_mathtype, __pt_next, __pt_rawget, __pt_rawlen = type, math.type, next, rawget, rawlen
local __pt_pcall, __pt_tostring, __pt_tonumber, __pt_huge = pcall, tostring, tonumber, math.huge
local __pt_format, __pt_match, __pt_sub, __pt_rep, __pt_gsub = string.format, string.match, string.sub, string.rep, string.gsub
local __pt_byte, __pt_sort, __pt_concat, __pt_error = string.byte, table.sort, table.concat, error
local __pt_stdout, __pt_write, __pt_flush, __pt_exit = io.stdout, io.stdout.write, io.stdout.flush, os.exit

-- The shape named by a type descriptor: "int", "str", ... or the first item of {"list", T}, ...
local function __pt_kind(T)
  if __pt_type(T) == "table" then return T[1] end
  return T
end

local function __pt_count(t)
  local n = 0
  for _ in __pt_next, t do n = n + 1 end
  return n
end

-- Whether v can be a value of type T, judged by its Lua type (used to pick a union member; the
-- members of a union are either of different Lua types or tuples of different lengths).
local function __pt_fits(T, v)
  local k, tv = __pt_kind(T), __pt_type(v)
  if k == "int" then return __pt_mathtype(v) == "integer" end
  if k == "float" then return tv == "number" end
  if k == "bool" then return tv == "boolean" end
  if k == "str" then return tv == "string" end
  if k == "none" then return v == nil end
  if k == "any" then return true end
  if k == "opt" then return v == nil or __pt_fits(T[2], v) end
  if k == "union" then
    for i = 2, #T do
      if __pt_fits(T[i], v) then return true end
    end
    return false
  end
  if k == "tuple" then return tv == "table" and __pt_rawlen(v) == #T - 1 end
  return tv == "table"
end

-- Two numbers under a tolerance {"isclose", rel, abs} or {"absdiff", eps, inclusive} (with
-- stated = true when the assert itself states it); nil: exact.
local function __pt_close(a, b, tol)
  if tol == nil then return a == b end
  if tol[1] == "absdiff" then
    local d = (a + 0.0) - (b + 0.0)
    if d < 0 then d = -d end
    if tol[3] then return d <= tol[2] end
    return d < tol[2]
  end
  if a == b then return true end
  a, b = a + 0.0, b + 0.0
  -- as math.isclose: nan is close to nothing, an infinity only to itself
  if a ~= a or b ~= b or a == __pt_huge or a == -__pt_huge or b == __pt_huge or b == -__pt_huge then return false end
  local d = a - b
  if d < 0 then d = -d end
  local m, mb = a, b
  if m < 0 then m = -m end
  if mb < 0 then mb = -mb end
  if mb > m then m = mb end
  local bound = tol[2] * m
  if tol[3] > bound then bound = tol[3] end
  return d <= bound
end

local __pt_eq

-- The value stored under key in t, keys compared exactly as Python's dict lookup does. Scalar keys
-- are found directly (Lua already makes 1.0 and 1 the same key); table keys (tuples) by search.
local function __pt_lookup(K, t, key)
  if __pt_type(key) ~= "table" then return __pt_rawget(t, key) end
  for k2, v2 in __pt_next, t do
    if __pt_type(k2) == "table" and __pt_eq(K, k2, key, nil) then return v2 end
  end
  return nil
end

-- Equality where nothing is known about the type: the value's own Lua shape decides.
local function __pt_eq_any(a, e, tol)
  local te = __pt_type(e)
  if te == "number" then
    if __pt_type(a) ~= "number" then return false end
    if __pt_mathtype(e) == "float" then return __pt_close(a, e, tol) end
    return a == e
  end
  if te ~= "table" then return a == e end
  if __pt_type(a) ~= "table" then return false end
  local n = 0
  for key, value in __pt_next, e do
    n = n + 1
    local found = __pt_lookup("any", a, key)
    if found == nil or not __pt_eq_any(found, value, tol) then return false end
  end
  return __pt_count(a) == n
end

-- Python's == between the actual value a and the expected value e, both meaning type T.
-- None is nil and equals only nil; floats compare under tol anywhere inside; dict keys and set
-- items compare exactly (Python looks them up by hash); ints, strings and bools exactly.
function __pt_eq(T, a, e, tol)
  if e == nil then return a == nil end
  local k = __pt_kind(T)
  if k == "int" then
    -- a tolerance the assert states (abs(a - b) < eps, math.isclose) holds for ints too, as in Python
    if tol ~= nil and tol.stated then return __pt_type(a) == "number" and __pt_close(a, e, tol) end
    return __pt_type(a) == "number" and a == e
  end
  if k == "float" then
    -- an int at a float position stays a Lua integer (Python passes the int); int == int is exact
    -- in Python, and the default tolerance is for floats only
    if (tol == nil or not tol.stated) and __pt_mathtype(a) == "integer" and __pt_mathtype(e) == "integer" then return a == e end
    return __pt_type(a) == "number" and __pt_close(a, e, tol)
  end
  if k == "bool" or k == "str" then return a == e end
  if k == "none" then return false end
  if k == "any" then return __pt_eq_any(a, e, tol) end
  if k == "opt" then return a ~= nil and __pt_eq(T[2], a, e, tol) end
  if k == "union" then
    for i = 2, #T do
      if __pt_fits(T[i], e) then return __pt_eq(T[i], a, e, tol) end
    end
    return false
  end
  if __pt_type(a) ~= "table" then return false end
  if k == "list" or k == "vtuple" then
    local n = __pt_rawlen(e)
    for i = 1, n do
      if not __pt_eq(T[2], __pt_rawget(a, i), e[i], tol) then return false end
    end
    return __pt_count(a) == n
  end
  if k == "tuple" then
    local n = #T - 1
    for i = 1, n do
      if not __pt_eq(T[i + 1], __pt_rawget(a, i), e[i], tol) then return false end
    end
    return __pt_count(a) == n
  end
  if k == "dict" or k == "set" then
    local n = 0
    for key, value in __pt_next, e do
      n = n + 1
      local found = __pt_lookup(T[2], a, key)
      if k == "set" then
        if found ~= true then return false end
      elseif found == nil or not __pt_eq(T[3], found, value, tol) then
        return false
      end
    end
    return __pt_count(a) == n
  end
  return false
end

-- Python's truthiness. Lua's own differs (0, "" and {} are true in Lua); the Lua type of the
-- value is enough to decide, since an empty table is falsy whichever container it stands for.
local function __pt_is_truthy(v)
  if v == nil or v == false then return false end
  local tv = __pt_type(v)
  if tv == "number" then return v ~= 0 end
  if tv == "string" then return v ~= "" end
  if tv == "table" then return __pt_next(v) ~= nil end
  return true
end

-- Python's repr of a float: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
local function __pt_float_repr(x)
  if x ~= x then return "nan" end
  if x == __pt_huge then return "inf" end
  if x == -__pt_huge then return "-inf" end
  if x == 0 then
    if 1 / x < 0 then return "-0.0" end
    return "0.0"
  end
  local s
  for p = 0, 16 do
    s = __pt_format("%." .. p .. "e", x)
    if __pt_tonumber(s) == x then break end
  end
  local sign, lead, rest, exp = __pt_match(s, "^(-?)(%d)%.?(%d*)e([-+]%d+)$")
  local digits = __pt_gsub(lead .. rest, "0+$", "")
  exp = __pt_tonumber(exp)
  if exp < -4 or exp >= 16 then
    local mantissa = __pt_sub(digits, 1, 1)
    if #digits > 1 then mantissa = mantissa .. "." .. __pt_sub(digits, 2) end
    return __pt_format("%s%se%s%02d", sign, mantissa, exp < 0 and "-" or "+", exp < 0 and -exp or exp)
  end
  if exp < 0 then return sign .. "0." .. __pt_rep("0", -exp - 1) .. digits end
  local whole = __pt_sub(digits, 1, exp + 1)
  whole = whole .. __pt_rep("0", exp + 1 - #whole)
  local fraction = __pt_sub(digits, exp + 2)
  if fraction == "" then fraction = "0" end
  return sign .. whole .. "." .. fraction
end

local function __pt_str_repr(s)
  local quote = "'"
  if __pt_match(s, "'") and not __pt_match(s, '"') then quote = '"' end
  local escaped = __pt_gsub(s, "[%c\\'\"]", function(c)
    if c == "\\" then return "\\\\" end
    if c == quote then return "\\" .. c end
    if c == "'" or c == '"' then return c end
    if c == "\n" then return "\\n" end
    if c == "\r" then return "\\r" end
    if c == "\t" then return "\\t" end
    return __pt_format("\\x%02x", __pt_byte(c))
  end)
  return quote .. escaped .. quote
end

-- The number of items when t is a sequence (keys exactly 1..n), else nil.
local function __pt_sequence_length(t)
  local n = __pt_count(t)
  for i = 1, n do
    if __pt_rawget(t, i) == nil then return nil end
  end
  return n
end

-- The items of a list, tuple or set result (T says which), as a new sequence, and their number.
-- A value that is none of them raises, as Python's sorted(...) and set(...) of it would: a list or
-- tuple must be a sequence, a set a table {[v] = true}.
local function __pt_items(T, v)
  local k = __pt_kind(T)
  if __pt_type(v) ~= "table" then __pt_error("the result is not a " .. k .. " but a " .. __pt_type(v), 0) end
  local items, n = {}, 0
  if k == "set" then
    for key, value in __pt_next, v do
      if value ~= true then __pt_error("the result is not a set (a table whose values are all true)", 0) end
      n = n + 1
      items[n] = key
    end
    return items, n
  end
  n = __pt_sequence_length(v)
  if n == nil then __pt_error("the result is not a " .. k .. " (a sequence table)", 0) end
  for i = 1, n do items[i] = __pt_rawget(v, i) end
  return items, n
end

-- Whether v holds a nan, itself or inside a sequence.
local function __pt_has_nan(v, depth)
  if v ~= v then return true end
  if __pt_type(v) ~= "table" or depth > 40 then return false end
  for i = 1, __pt_rawlen(v) do
    if __pt_has_nan(__pt_rawget(v, i), depth + 1) then return true end
  end
  return false
end

-- Python's == and < between the items a sorted(...) view orders: numbers (a bool counts as 0 or
-- 1), strs by code point (which is the byte order of UTF-8; Lua's own < on strings follows the
-- locale), lists and tuples lexicographically. Other values raise, as Python's TypeError does.
local function __pt_py_number(v)
  if v == true then return 1 end
  if v == false then return 0 end
  return v
end

local function __pt_py_same(a, b)
  a, b = __pt_py_number(a), __pt_py_number(b)
  local ta = __pt_type(a)
  if ta ~= __pt_type(b) then return false end
  if ta ~= "table" then return a == b end
  local n = __pt_rawlen(a)
  if __pt_rawlen(b) ~= n then return false end
  for i = 1, n do
    if not __pt_py_same(__pt_rawget(a, i), __pt_rawget(b, i)) then return false end
  end
  return true
end

local function __pt_py_less(a, b)
  a, b = __pt_py_number(a), __pt_py_number(b)
  local ta, tb = __pt_type(a), __pt_type(b)
  if ta == "number" and tb == "number" then return a < b end
  if ta == "string" and tb == "string" then
    local n, m = #a, #b
    for i = 1, (n < m and n or m) do
      local x, y = __pt_byte(a, i), __pt_byte(b, i)
      if x ~= y then return x < y end
    end
    return n < m
  end
  if ta == "table" and tb == "table" then
    local n, m = __pt_rawlen(a), __pt_rawlen(b)
    for i = 1, (n < m and n or m) do
      local x, y = __pt_rawget(a, i), __pt_rawget(b, i)
      if not __pt_py_same(x, y) then return __pt_py_less(x, y) end
    end
    return n < m
  end
  __pt_error("'<' is not supported between a " .. ta .. " and a " .. tb, 0)
end

-- sorted(actual) == expected, where expected is already in Python's ascending order, in one of
-- two ways (order, decided at compile time):
-- "multiset": same length, and the items pair up one to one under exact equality. That is an
--   equivalence, so pairing each item with the first free equal one finds a pairing whenever
--   there is one; and items equal to the (mutually orderable) expected ones sort without error.
-- "python": the items are sorted as Python sorts them (a stable sort with Python's <, which
--   raises where Python's would) and compared in order, under tol. Used where the pairing could
--   differ from Python's (close but unequal floats) or where Python's sort raising decides (!=).
local function __pt_sorted_eq(T, order, E, actual, expected, tol)
  local items, n = __pt_items(T, actual)
  if order == "python" then
    for i = 1, n do
      if __pt_has_nan(items[i], 0) then
        -- nan has no place in an order, but an item holding one equals no expected item (they
        -- hold none), so the lists differ, unless Python's sort raises first on a pair it
        -- cannot order at all
        for a = 1, n do
          for b = a + 1, n do __pt_py_less(items[a], items[b]) end
        end
        return false
      end
    end
    local index = {}
    for i = 1, n do index[i] = i end
    __pt_sort(index, function(i, j)
      if __pt_py_less(items[i], items[j]) then return true end
      if __pt_py_less(items[j], items[i]) then return false end
      return i < j
    end)
    if n ~= __pt_rawlen(expected) then return false end
    for i = 1, n do
      if not __pt_eq(E, items[index[i]], expected[i], tol) then return false end
    end
    return true
  end
  if n ~= __pt_rawlen(expected) then return false end
  local used = {}
  for i = 1, n do
    local paired = false
    for j = 1, n do
      if not used[j] and __pt_eq(E, items[i], expected[j], nil) then
        used[j], paired = true, true
        break
      end
    end
    if not paired then return false end
  end
  return true
end

-- set(actual) == expected, where expected is a set {[v] = true}: every item of actual is in
-- expected and every item of expected is among actual's (duplicates in actual do not matter).
-- Items compare exactly, as Python's set lookup does; scalars are found directly (Lua makes the
-- keys 1 and 1.0 one key, as Python's hash does), tuples by search.
local function __pt_set_eq(T, E, actual, expected)
  local items, n = __pt_items(T, actual)
  local seen, tables, m = {}, {}, 0
  for i = 1, n do
    local item = items[i]
    if __pt_type(item) == "table" then
      local found = false
      for key in __pt_next, expected do
        if __pt_type(key) == "table" and __pt_eq(E, item, key, nil) then
          found = true
          break
        end
      end
      if not found then return false end
      m = m + 1
      tables[m] = item
    else
      if item ~= item or __pt_rawget(expected, item) ~= true then return false end
      seen[item] = true
    end
  end
  for key in __pt_next, expected do
    if __pt_type(key) == "table" then
      local found = false
      for i = 1, m do
        if __pt_eq(E, tables[i], key, nil) then
          found = true
          break
        end
      end
      if not found then return false end
    elseif seen[key] == nil then
      return false
    end
  end
  return true
end

-- round(actual, n) == y as low <= actual <= high, compared exactly (Lua 5.4 compares an integer
-- with a float by their exact values). The front end makes sure the only integer in the range is
-- y itself. A bool rounds as 0 or 1, as in Python; nan is in no range; anything else is not a
-- number (Python's round raises).
local function __pt_in_range(actual, low, high)
  actual = __pt_py_number(actual)
  return __pt_type(actual) == "number" and low <= actual and actual <= high
end

-- A Python-like repr of v read as type T, for the report. Sorted where Python would keep
-- insertion order (dicts, sets), since a Lua table has none.
local function __pt_repr(T, v, depth)
  if depth > 40 then return "..." end
  local k = __pt_kind(T)
  if k == "opt" then k, T = __pt_kind(T[2]), T[2] end
  if k == "union" then
    local member = "any"
    for i = 2, #T do
      if __pt_fits(T[i], v) then member = T[i] break end
    end
    k, T = __pt_kind(member), member
  end
  local tv = __pt_type(v)
  if v == nil then return "None" end
  if tv == "boolean" then return v and "True" or "False" end
  if tv == "number" then
    if __pt_mathtype(v) == "integer" then return __pt_format("%d", v) end
    return __pt_float_repr(v)
  end
  if tv == "string" then return __pt_str_repr(v) end
  if tv ~= "table" then return __pt_tostring(v) end
  local n = __pt_sequence_length(v)
  local parts = {}
  if n and (k == "list" or k == "vtuple" or k == "tuple") then
    for i = 1, n do
      local item = T[2]
      if k == "tuple" then item = T[i + 1] or "any" end
      parts[i] = __pt_repr(item, v[i], depth + 1)
    end
    if k == "list" then return "[" .. __pt_concat(parts, ", ") .. "]" end
    if n == 1 then return "(" .. parts[1] .. ",)" end
    return "(" .. __pt_concat(parts, ", ") .. ")"
  end
  if k == "set" then
    for key, value in __pt_next, v do
      if value ~= true then k = "any" break end
      parts[#parts + 1] = __pt_repr(T[2], key, depth + 1)
    end
    if k == "set" then
      if #parts == 0 then return "set()" end
      __pt_sort(parts)
      return "{" .. __pt_concat(parts, ", ") .. "}"
    end
    parts = {}
  end
  if k ~= "dict" and n and n > 0 then
    for i = 1, n do parts[i] = __pt_repr("any", v[i], depth + 1) end
    return "[" .. __pt_concat(parts, ", ") .. "]"
  end
  local K, V = "any", "any"
  if k == "dict" then K, V = T[2], T[3] end
  for key, value in __pt_next, v do
    parts[#parts + 1] = __pt_repr(K, key, depth + 1) .. ": " .. __pt_repr(V, value, depth + 1)
  end
  __pt_sort(parts)
  return "{" .. __pt_concat(parts, ", ") .. "}"
end

-- An error value as one line of text.
local function __pt_message(err)
  local ok, text = __pt_pcall(__pt_tostring, err)
  if not ok or __pt_type(text) ~= "string" then return "(an error value that cannot be printed)" end
  return (__pt_gsub(text, "%s*\n%s*", " "))
end

local __pt_passed, __pt_failed = 0, 0

local function __pt_record(holds, header, expectation, T, actual, raised, err)
  if holds then
    __pt_passed = __pt_passed + 1
    return
  end
  __pt_failed = __pt_failed + 1
  local last
  if raised then
    last = ${luaString(REPORT.errorPrefix)} .. __pt_message(err)
  else
    local ok, text = __pt_pcall(__pt_repr, T, actual, 0)
    if not ok then text = "(cannot print the value: " .. __pt_message(text) .. ")" end
    last = ${luaString(REPORT.actualPrefix)} .. text
  end
  -- Each block starts with a newline of its own, so it starts a line even after candidate output
  -- that did not end one (a blank line between blocks is the price of not tracking that output).
  __pt_write(__pt_stdout, "\n", header, "\n", ${luaString(REPORT.expectedPrefix)}, expectation, "\n", last, "\n")
end

-- Runs the candidate's call under pcall, then the predicate on its result (also under pcall, so
-- an odd result cannot stop the run), and records a pass or a failure.
local function __pt_check(header, expectation, T, call, predicate)
  local called, actual = __pt_pcall(call)
  if not called then return __pt_record(false, header, expectation, T, nil, true, actual) end
  local compared, holds = __pt_pcall(predicate, actual)
  if not compared then return __pt_record(false, header, expectation, T, nil, true, holds) end
  __pt_record(holds, header, expectation, T, actual, false)
end

local function __pt_assert_equal(header, expectation, T, call, expected, tol)
  __pt_check(header, expectation, T, call, function(actual) return __pt_eq(T, actual, expected, tol) end)
end

local function __pt_assert_not_equal(header, expectation, T, call, expected, tol)
  __pt_check(header, expectation, T, call, function(actual) return not __pt_eq(T, actual, expected, tol) end)
end

local function __pt_assert_truthy(header, expectation, T, call)
  __pt_check(header, expectation, T, call, __pt_is_truthy)
end

local function __pt_assert_falsy(header, expectation, T, call)
  __pt_check(header, expectation, T, call, function(actual) return not __pt_is_truthy(actual) end)
end

local function __pt_assert_none(header, expectation, T, call)
  __pt_check(header, expectation, T, call, function(actual) return actual == nil end)
end

local function __pt_assert_not_none(header, expectation, T, call)
  __pt_check(header, expectation, T, call, function(actual) return actual ~= nil end)
end

-- sorted(result) == expected / !=: order is "multiset" or "python" (see __pt_sorted_eq), E the
-- items' type, tol where a float can occur in them.
local function __pt_assert_sorted_equal(header, expectation, T, call, order, E, expected, tol)
  __pt_check(header, expectation, T, call, function(actual) return __pt_sorted_eq(T, order, E, actual, expected, tol) end)
end

local function __pt_assert_sorted_not_equal(header, expectation, T, call, order, E, expected, tol)
  __pt_check(header, expectation, T, call, function(actual) return not __pt_sorted_eq(T, order, E, actual, expected, tol) end)
end

-- set(result) == expected / !=, E the items' type.
local function __pt_assert_set_equal(header, expectation, T, call, E, expected)
  __pt_check(header, expectation, T, call, function(actual) return __pt_set_eq(T, E, actual, expected) end)
end

local function __pt_assert_set_not_equal(header, expectation, T, call, E, expected)
  __pt_check(header, expectation, T, call, function(actual) return not __pt_set_eq(T, E, actual, expected) end)
end

-- round(result[, n]) == y, as the range of the numbers Python rounds to y.
local function __pt_assert_in_range(header, expectation, T, call, low, high)
  __pt_check(header, expectation, T, call, function(actual) return __pt_in_range(actual, low, high) end)
end

local function __pt_finish()
  __pt_write(__pt_stdout, __pt_format(${luaString("\n" + REPORT.summaryPrefix + "%d passed, %d failed\n")}, __pt_passed, __pt_failed))
  __pt_flush(__pt_stdout)
  if __pt_failed > 0 then __pt_exit(1) end
  __pt_exit(0)
end
`;
}
