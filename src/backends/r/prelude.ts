import { REPORT } from "../../report-format.js";
import { rStringLiteral } from "./strings.js";

/**
 * The R runtime the compiled assertions call: type-directed equality, truthiness, a Python-like
 * printer for the report, and the assertion runner. Everything it defines is named `.__pt_*`
 * (reserved for it) and every call is `base::`-qualified, so a candidate that defines `length`,
 * `identical` or `mean` cannot change how the tests judge it. It uses no package but base.
 */
export const R_PRELUDE = String.raw`# ---- polytest prelude: equality, truthiness, report (all names .__pt_*, all calls base::) ----
.__pt_passed <- 0L
.__pt_failed <- 0L

# Float tolerances: isclose(rel, abs) as Python's math.isclose, or |a - b| < eps (<= if inclusive).
# ints = TRUE when the assert states the tolerance itself: then it holds for int results too.
.__pt_isclose <- function(rel, abs, ints = FALSE) base::list(kind = "isclose", rel = rel, abs = abs, ints = ints)
.__pt_absdiff <- function(eps, inclusive, ints = FALSE) base::list(kind = "absdiff", eps = eps, inclusive = inclusive, ints = ints)

.__pt_float_eq <- function(a, e, tol) {
  if (base::is.null(tol)) tol <- .__pt_isclose(0, 0)
  if (base::is.na(a) || base::is.na(e)) return(FALSE)  # nan (and NA) equals nothing
  d <- base::abs(a - e)
  if (base::identical(tol[["kind"]], "absdiff")) {
    return(if (base::isTRUE(tol[["inclusive"]])) base::isTRUE(d <= tol[["eps"]]) else base::isTRUE(d < tol[["eps"]]))
  }
  if (a == e) return(TRUE)
  if (base::is.infinite(a) || base::is.infinite(e)) return(FALSE)  # inf equals only the same inf
  base::isTRUE(d <= base::max(tol[["rel"]] * base::max(base::abs(a), base::abs(e)), tol[["abs"]]))
}

# Strings compare by their UTF-8 bytes, whatever the locale or the encoding mark.
.__pt_utf8 <- function(s) if (base::identical(base::Encoding(s), "latin1")) base::enc2utf8(s) else s
.__pt_same_str <- function(a, e) base::identical(base::charToRaw(.__pt_utf8(a)), base::charToRaw(.__pt_utf8(e)))

# Python's bools are numbers (True == 1, False == 0.0), so == compares R logicals and numbers by value.
.__pt_is_number <- function(a) base::is.numeric(a) || base::is.logical(a)
# A scalar is a length-1 atomic vector of the right type that is not NA (NaN passes: nan equals nothing).
.__pt_scalar <- function(a, is_type) is_type(a) && base::length(a) == 1L && !.__pt_is_na(a)
.__pt_is_na <- function(a) base::is.na(a) && !(base::is.numeric(a) && base::is.nan(a))  # NA, not NaN
.__pt_vectorish <- function(a) base::is.atomic(a) || base::is.list(a)
.__pt_is_container <- function(k) base::match(k, base::c("list", "tuple", "set", "dict"), 0L) > 0L
.__pt_kind <- function(d) if (base::is.null(d)) "any" else d[["k"]]
.__pt_child <- function(d, i) {
  if (!base::is.null(d[["e"]])) return(d[["e"]])
  per_item <- if (!base::is.null(d[["es"]])) d[["es"]] else d[["items"]]
  if (i <= base::length(per_item)) per_item[[i]] else NULL
}
.__pt_value_child <- function(d, j) {
  if (!base::is.null(d[["v"]])) return(d[["v"]])
  if (j <= base::length(d[["vs"]])) d[["vs"]][[j]] else NULL
}

# Python's == between the candidate's value a and the expected value e, directed by descriptor d:
# numbers by value (integer or double), a vector equals a list of the same items, dicts by name
# in any order, sets in any order; NULL is None where None is possible (d$n), and elsewhere it is
# also an empty container.
.__pt_eq <- function(a, e, d, tol) {
  k <- d[["k"]]
  if (base::identical(k, "none") || base::is.null(e)) return(base::is.null(a))
  if (base::is.null(a)) return(!base::isTRUE(d[["n"]]) && .__pt_is_container(k) && base::length(e) == 0L)
  base::switch(k,
    int = if (base::isTRUE(tol[["ints"]])) .__pt_scalar(a, .__pt_is_number) && .__pt_float_eq(base::as.double(a), e, tol)
          else .__pt_scalar(a, .__pt_is_number) && base::isTRUE(a == e),
    float = .__pt_scalar(a, .__pt_is_number) && .__pt_float_eq(base::as.double(a), e, tol),
    bool = .__pt_scalar(a, .__pt_is_number) && base::isTRUE(a == e),
    str = .__pt_scalar(a, base::is.character) && .__pt_same_str(a, e),
    list = , tuple = .__pt_eq_seq(a, e, d, tol),
    set = .__pt_eq_set(a, e, d, tol),
    dict = .__pt_eq_dict(a, e, d, tol),
    base::stop("polytest: unknown type descriptor ", k))
}

.__pt_eq_seq <- function(a, e, d, tol) {
  if (!.__pt_vectorish(a) || base::length(a) != base::length(e)) return(FALSE)
  for (i in base::seq_along(e)) {
    if (!.__pt_eq(a[[i]], e[[i]], .__pt_child(d, i), tol)) return(FALSE)
  }
  TRUE
}

.__pt_eq_set <- function(a, e, d, tol) .__pt_vectorish(a) && .__pt_pair_up(a, e, d, tol)

# Whether the items of a and e pair up one-to-one under .__pt_eq (a perfect matching, found by
# augmenting paths): with a float tolerance == is not transitive, so pairing each expected item
# with the first free equal one could miss a pairing that exists.
.__pt_pair_up <- function(a, e, d, tol) {
  n <- base::length(e)
  if (base::length(a) != n) return(FALSE)
  if (n == 0L) return(TRUE)
  ok <- base::matrix(FALSE, n, n)  # ok[i, j]: a[[i]] == e[[j]]
  for (i in base::seq_len(n)) for (j in base::seq_len(n)) ok[i, j] <- base::isTRUE(.__pt_eq(a[[i]], e[[j]], .__pt_child(d, j), tol))
  owner <- base::integer(n)  # owner[[j]]: the item of a paired with e[[j]] (0: none yet)
  seen <- base::logical(n)
  augment <- function(i) {
    for (j in base::which(ok[i, ])) {
      if (seen[[j]]) next
      seen[[j]] <<- TRUE
      if (owner[[j]] == 0L || augment(owner[[j]])) {
        owner[[j]] <<- i
        return(TRUE)
      }
    }
    FALSE
  }
  for (i in base::seq_len(n)) {
    seen <- base::logical(n)
    if (!augment(i)) return(FALSE)
  }
  TRUE
}

# set(a) == e: a's items, exact repeats collapsed as Python's set() does, pair up one-to-one with
# e's (two close floats stay two items: set([0.0]) is not {0.0, 1e-300}).
.__pt_distinct <- function(a, d) {
  kept <- base::list()
  for (i in base::seq_along(a)) {
    x <- a[[i]]
    if (!base::any(base::vapply(kept, function(y) base::isTRUE(.__pt_eq(x, y, .__pt_child(d, 1L), .__pt_isclose(0, 0))), TRUE))) {
      kept[[base::length(kept) + 1L]] <- x
    }
  }
  kept
}

# sorted(a) == e (view "sorted": e is a list in ascending order, compared as a multiset) or
# set(a) == e (view "set"), for a list, tuple or set a. NA where Python's sorted()/set() would
# raise (None where None is possible, a value that is no collection): then == and != both fail.
.__pt_view_eq <- function(view, a, e, d, tol, nullable) {
  if (base::is.null(a)) {
    if (nullable) return(NA)
    a <- base::list()  # an empty list, tuple or set
  }
  if (!.__pt_vectorish(a)) return(NA)
  if (base::identical(view, "sorted")) .__pt_pair_up(a, e, d, tol) else .__pt_pair_up(.__pt_distinct(a, d), e, d, tol)
}

# Dict names as comparable keys: int keys by numeric value ("1", "1e+05"), str keys by UTF-8 bytes.
.__pt_dict_keys <- function(keys, kind) {
  if (base::identical(kind, "int")) return(base::suppressWarnings(base::as.numeric(keys)))
  base::vapply(keys, function(s) base::paste(base::charToRaw(.__pt_utf8(s)), collapse = ""), "", USE.NAMES = FALSE)
}

.__pt_eq_dict <- function(a, e, d, tol) {
  if (!.__pt_vectorish(a) || base::length(a) != base::length(e)) return(FALSE)
  if (base::length(e) == 0L) return(TRUE)
  if (base::is.null(base::names(a)) || base::anyNA(base::names(a))) return(FALSE)
  actual_keys <- .__pt_dict_keys(base::names(a), d[["key"]])
  expected_keys <- .__pt_dict_keys(base::names(e), d[["key"]])
  if (base::anyNA(actual_keys) || base::anyDuplicated(actual_keys) > 0L) return(FALSE)
  for (j in base::seq_along(e)) {
    i <- base::match(expected_keys[[j]], actual_keys)
    if (base::is.na(i) || !.__pt_eq(a[[i]], e[[j]], .__pt_value_child(d, j), tol)) return(FALSE)
  }
  TRUE
}

# Python truthiness: TRUE, FALSE, or NA for an R value with no Python counterpart (NA itself).
.__pt_truth <- function(a, d) {
  if (base::is.null(a)) return(FALSE)
  if (!.__pt_vectorish(a)) return(TRUE)
  if (.__pt_is_container(.__pt_kind(d))) return(base::length(a) > 0L)
  if (base::length(a) != 1L || base::is.list(a)) return(base::length(a) > 0L)
  if (.__pt_is_na(a)) return(NA)
  if (base::is.logical(a)) return(base::as.vector(a))
  if (base::is.numeric(a)) return(base::is.nan(a) || a != 0)
  if (base::is.character(a)) return(base::nzchar(a))
  TRUE
}

# ---- Python-like rendering of the candidate's value, for the report ----
.__pt_str_repr <- function(s) {
  cps <- base::utf8ToInt(.__pt_utf8(s))
  if (base::anyNA(cps)) return(base::paste(base::deparse(s), collapse = ""))
  quote <- if (base::match(39L, cps, 0L) > 0L && base::match(34L, cps, 0L) == 0L) 34L else 39L
  pieces <- base::vapply(cps, function(cp) {
    if (cp == 92L) "\\\\"
    else if (cp == quote) base::paste0("\\", base::intToUtf8(quote))
    else if (cp == 10L) "\\n"
    else if (cp == 13L) "\\r"
    else if (cp == 9L) "\\t"
    else if (cp < 32L || (cp >= 127L && cp <= 160L) || cp == 173L) base::sprintf("\\x%02x", cp)
    else base::intToUtf8(cp)
  }, "")
  base::paste0(base::intToUtf8(quote), base::paste(pieces, collapse = ""), base::intToUtf8(quote))
}

# Shortest digits that read back, laid out as Python's repr (scientific below 1e-4 and from 1e16).
.__pt_float_repr <- function(x) {
  x <- base::as.double(x)
  if (base::is.nan(x)) return("nan")
  if (base::is.na(x)) return("NA")
  if (base::is.infinite(x)) return(if (x > 0) "inf" else "-inf")
  for (p in 1:17) {
    s <- base::sprintf(base::paste0("%.", p - 1L, "e"), x)
    if (base::as.double(s) == x) break
  }
  parts <- base::strsplit(s, "e", fixed = TRUE)[[1L]]
  exponent <- base::as.integer(parts[[2L]])
  digits <- base::sub("0+$", "", base::gsub("[-.]", "", parts[[1L]]))
  if (!base::nzchar(digits)) digits <- "0"
  sign <- if (x < 0 || (x == 0 && 1 / x < 0)) "-" else ""
  body <- if (exponent < -4L || exponent >= 16L) {
    mantissa <- if (base::nchar(digits) > 1L) base::paste0(base::substr(digits, 1L, 1L), ".", base::substring(digits, 2L)) else digits
    base::sprintf("%se%s%02d", mantissa, if (exponent < 0L) "-" else "+", base::abs(exponent))
  } else if (exponent < 0L) {
    base::paste0("0.", base::strrep("0", -exponent - 1L), digits)
  } else {
    whole <- base::substr(base::paste0(digits, base::strrep("0", exponent + 1L)), 1L, exponent + 1L)
    fraction <- if (base::nchar(digits) > exponent + 1L) base::substring(digits, exponent + 2L) else "0"
    base::paste0(whole, ".", fraction)
  }
  base::paste0(sign, body)
}

.__pt_deparse <- function(a) {
  text <- base::paste(base::deparse(a), collapse = " ")
  if (base::nchar(text) > 200L) base::paste0(base::substr(text, 1L, 200L), "...") else text
}

.__pt_repr_scalar <- function(a, k) {
  if (.__pt_is_na(a)) return("NA")
  if (base::is.logical(a)) return(if (a) "True" else "False")
  if (base::is.character(a)) return(.__pt_str_repr(a))
  if (base::is.integer(a)) return(base::sprintf("%d", a))
  if (base::is.numeric(a)) {
    whole <- base::is.finite(a) && a == base::trunc(a) && base::abs(a) < 1e16
    return(if (whole && !base::identical(k, "float")) base::sprintf("%.0f", a) else .__pt_float_repr(a))
  }
  .__pt_deparse(a)
}

.__pt_repr_container <- function(a, d) {
  k <- .__pt_kind(d)
  n <- base::length(a)
  if (base::identical(k, "dict") && !base::is.null(base::names(a))) {
    keys <- base::names(a)
    parts <- base::vapply(base::seq_len(n), function(i) {
      as_int <- base::identical(d[["key"]], "int") && !base::is.na(base::suppressWarnings(base::as.numeric(keys[[i]])))
      key <- if (as_int) keys[[i]] else .__pt_str_repr(keys[[i]])
      base::paste0(key, ": ", .__pt_repr(a[[i]], .__pt_value_child(d, i)))
    }, "")
    return(base::paste0("{", base::paste(parts, collapse = ", "), "}"))
  }
  items <- base::vapply(base::seq_len(n), function(i) .__pt_repr(a[[i]], .__pt_child(d, i)), "")
  body <- base::paste(items, collapse = ", ")
  if (base::identical(k, "tuple")) return(if (n == 1L) base::paste0("(", body, ",)") else base::paste0("(", body, ")"))
  if (base::identical(k, "set")) return(if (n == 0L) "set()" else base::paste0("{", body, "}"))
  base::paste0("[", body, "]")
}

.__pt_repr <- function(a, d) {
  k <- .__pt_kind(d)
  if (base::is.null(a)) {
    if (!.__pt_is_container(k) || base::isTRUE(d[["n"]])) return("None")
    return(base::switch(k, tuple = "()", set = "set()", dict = "{}", "[]"))
  }
  if (!.__pt_vectorish(a)) return(.__pt_deparse(a))
  if (.__pt_is_container(k)) return(.__pt_repr_container(a, d))
  if (base::length(a) == 1L && !base::is.list(a)) return(.__pt_repr_scalar(a, k))
  shape <- if (base::is.null(base::names(a))) base::list(k = "list") else base::list(k = "dict", key = "str")
  .__pt_repr_container(a, shape)
}

# ---- running an assertion ----
.__pt_print <- function(text) base::writeLines(.__pt_utf8(text), useBytes = TRUE)

# 'actual' is the unevaluated call of the candidate (a promise): it is forced inside the handlers,
# so an error fails only this assertion (reported with its message) and warnings are ignored.
.__pt_run <- function(header, expectation, actual, judge, d) {
  outcome <- base::tryCatch(
    base::withCallingHandlers({
      value <- actual
      base::list(ok = base::isTRUE(judge(value)), value = value)
    }, warning = function(w) base::invokeRestart("muffleWarning")),
    error = function(err) base::list(ok = FALSE, error = base::conditionMessage(err)))
  if (outcome[["ok"]]) {
    .__pt_passed <<- .__pt_passed + 1L
    return(base::invisible(TRUE))
  }
  .__pt_failed <<- .__pt_failed + 1L
  # A block starts with an empty line, so that it starts a line even after candidate output
  # that did not end one (R cannot tell whether it did).
  .__pt_print("")
  .__pt_print(header)
  .__pt_print(base::paste0(${rStringLiteral(REPORT.expectedPrefix)}, expectation))
  if (!base::is.null(outcome[["error"]])) {
    message <- base::gsub("\n", " ", outcome[["error"]], fixed = TRUE, useBytes = TRUE)
    .__pt_print(base::paste0(${rStringLiteral(REPORT.errorPrefix)}, message))
  } else {
    shown <- base::tryCatch(.__pt_repr(outcome[["value"]], d), error = function(err) "<unprintable value>")
    .__pt_print(base::paste0(${rStringLiteral(REPORT.actualPrefix)}, shown))
  }
  base::invisible(FALSE)
}

.__pt_equal <- function(header, expectation, actual, expected, d, tol = NULL)
  .__pt_run(header, expectation, actual, function(v) .__pt_eq(v, expected, d, tol), d)
.__pt_not_equal <- function(header, expectation, actual, expected, d, tol = NULL)
  .__pt_run(header, expectation, actual, function(v) !.__pt_eq(v, expected, d, tol), d)
# 'x is True' / 'x is not False': identity with the bool itself (1 == True, but 1 is not True).
.__pt_is_bool <- function(a, e) base::is.logical(a) && base::length(a) == 1L && !base::is.na(a) && a == e
.__pt_identical <- function(header, expectation, actual, expected, d)
  .__pt_run(header, expectation, actual, function(v) .__pt_is_bool(v, expected), d)
.__pt_not_identical <- function(header, expectation, actual, expected, d)
  .__pt_run(header, expectation, actual, function(v) !.__pt_is_bool(v, expected), d)
# view(actual) == / != expected; d describes expected, shown the result (for the report).
.__pt_view_equal <- function(header, expectation, actual, view, expected, d, shown, nullable, tol = NULL)
  .__pt_run(header, expectation, actual, function(v) .__pt_view_eq(view, v, expected, d, tol, nullable), shown)
.__pt_view_not_equal <- function(header, expectation, actual, view, expected, d, shown, nullable, tol = NULL)
  .__pt_run(header, expectation, actual, function(v) !.__pt_view_eq(view, v, expected, d, tol, nullable), shown)
# round(actual, n) == y as low <= actual <= high, exactly (bounds are exact doubles; R integers and
# logicals convert to double exactly); nan, NA, None and non-numbers fail.
.__pt_in_range <- function(header, expectation, actual, low, high, d)
  .__pt_run(header, expectation, actual, function(v) {
    .__pt_scalar(v, .__pt_is_number) && base::isTRUE(low <= base::as.double(v) && base::as.double(v) <= high)
  }, d)
.__pt_truthy <- function(header, expectation, actual, d)
  .__pt_run(header, expectation, actual, function(v) base::isTRUE(.__pt_truth(v, d)), d)
.__pt_falsy <- function(header, expectation, actual, d)
  .__pt_run(header, expectation, actual, function(v) base::isFALSE(.__pt_truth(v, d)), d)
.__pt_is_none <- function(header, expectation, actual, d)
  .__pt_run(header, expectation, actual, function(v) base::is.null(v), d)
.__pt_is_not_none <- function(header, expectation, actual, d)
  .__pt_run(header, expectation, actual, function(v) !base::is.null(v), d)

.__pt_finish <- function() {
  base::writeLines(base::paste0("\n", ${rStringLiteral(REPORT.summaryPrefix)}, .__pt_passed, " passed, ", .__pt_failed, " failed"))
  base::quit(save = "no", status = if (.__pt_failed > 0L) 1L else 0L)
}
# ---- end of prelude ----
`;
