import { REPORT } from "../../report-format.js";
import { racketString } from "./literals.js";

/**
 * The runtime every compiled Racket test program carries, after the candidate's code: a
 * submodule over racket/base (so nothing the candidate defines can reach it), then the imports
 * of the test program: the prelude's `__pt-` names and the prefixed constructors the values use.
 */
export function racketPrelude(): string {
  return `${PRELUDE_MODULE}
(require '__pt-prelude
         (prefix-in __pt: (only-in racket/base list hash))
         (prefix-in __pt: (only-in racket/set set)))
`;
}

const PRELUDE_MODULE = String.raw`(module __pt-prelude racket/base
  ;; The runtime of a polytest program. As a submodule over racket/base it cannot see the
  ;; candidate's definitions (a candidate defining sort, equal? or abs changes nothing here);
  ;; only names with the reserved __pt- prefix leave it.
  (require racket/math racket/set racket/string)
  (provide __pt-check __pt-finish __pt-equal-to __pt-not-equal-to __pt-isclose __pt-absdiff
           __pt-stated __pt-truthy? __pt-falsy? __pt-none? __pt-not-none?
           __pt-sorted-equal-to __pt-sorted-not-equal-to __pt-set-equal-to __pt-set-not-equal-to
           __pt-in-range)

  ;; The report's port. Counting lines on it tells whether the candidate left a line unfinished,
  ;; so that every report line starts a line of its own.
  (define __pt-out (current-output-port))
  (port-count-lines! __pt-out)
  (define (__pt-print text)
    (define-values (line column position) (port-next-location __pt-out))
    (when (and column (> column 0)) (newline __pt-out))
    (write-string text __pt-out))
  (define __pt-passed 0)
  (define __pt-failed 0)

  ;; One assertion: run calls the candidate, holds? judges the result, type (the Python type
  ;; of the result, as a descriptor) guides the report. Anything raised fails this assertion only;
  ;; so does a candidate calling exit.
  (define (__pt-check header expected type run holds?)
    (define failure
      (with-handlers ([(lambda (e) (not (exn:break? e)))
                       (lambda (e) (string-append ${racketString(REPORT.errorPrefix)} (__pt-error-message e)))])
        (define result
          (parameterize ([exit-handler (lambda (code) (error 'exit "the candidate called (exit ~s)" code))])
            (run)))
        (if (holds? result) #f (string-append ${racketString(REPORT.actualPrefix)} (__pt-repr result type)))))
    (cond
      [failure
       (set! __pt-failed (add1 __pt-failed))
       (__pt-print (string-append header "\n" ${racketString(REPORT.expectedPrefix)} expected "\n" failure "\n"))]
      [else (set! __pt-passed (add1 __pt-passed))])
    (void))

  ;; The closing line; the exit status says whether every assertion held.
  (define (__pt-finish)
    (__pt-print (format ${racketString(`${REPORT.summaryPrefix}~a passed, ~a failed\n`)} __pt-passed __pt-failed))
    (flush-output __pt-out)
    (__pt-exit (if (> __pt-failed 0) 1 0)))

  ;; Only the closing line exits with 0. A candidate calling exit within a call fails that
  ;; assertion (see __pt-check); at module level, before the tests run, it fails the run.
  (define __pt-exit (exit-handler))
  (exit-handler
   (lambda (code)
     (define status (if (and (exact-integer? code) (<= 1 code 255)) code 1))
     (unless (eqv? status code)
       (eprintf "polytest: the candidate called (exit ~s) before the tests finished\n" code))
     (__pt-exit status)))

  ;; One line: Racket's messages put "expected:"/"given:" details on lines of their own.
  (define (__pt-error-message e)
    (define text (if (exn? e) (exn-message e) (format "uncaught exception: ~e" e)))
    (regexp-replace* #rx"\n[ \t]*" text "; "))

  ;; How two numbers compare (one of them from the expected value): a tolerance is a comparison of
  ;; two numbers and whether it is for floats only. Without one, numbers compare by value, exactly
  ;; (4 equals 4.0 and 3/2 equals 1.5).
  (struct __pt-tolerance (close? floats-only?))
  (define __pt-exactly (__pt-tolerance = #f))
  (define (__pt-numbers-equal? a b tolerance)
    (if (and (__pt-tolerance-floats-only? tolerance) (exact? a) (exact? b))
        (= a b)
        ((__pt-tolerance-close? tolerance) a b)))

  ;; math.isclose: equal, or both finite and within max(rel * max(|a|, |b|), abs); nan equals
  ;; nothing and an inf only itself.
  (define (__pt-isclose rel abs-tol)
    (__pt-tolerance
     (lambda (a b)
       (or (= a b)
           (let ([x (exact->inexact a)] [y (exact->inexact b)])
             (and (not (nan? x)) (not (infinite? x)) (not (nan? y)) (not (infinite? y))
                  (<= (abs (- x y)) (max (* rel (max (abs x) (abs y))) abs-tol))))))
     #t))

  ;; abs(a - b) < eps (<= when inclusive): exactly the test the Python assert states.
  (define (__pt-absdiff eps inclusive?)
    (__pt-tolerance
     (lambda (a b)
       (define d (abs (- a b)))
       (if inclusive? (<= d eps) (< d eps)))
     #t))

  ;; A tolerance the assert states holds for ints too, as it does in Python.
  (define (__pt-stated tolerance) (__pt-tolerance (__pt-tolerance-close? tolerance) #f))

  ;; Python's ==, deeply, driven by the expected value (whose representation the contract fixes):
  ;; numbers as the tolerance says; #t and #f only themselves (so None is never 0, '() or "");
  ;; strings exactly; lists (Python lists and tuples) item by item, never a vector; hashes (mutable
  ;; or immutable) and sets unordered, their entries pairing off one to one.
  (define (__pt-equal? actual expected tolerance)
    (cond
      [(boolean? expected) (eq? actual expected)]
      [(real? expected)
       (and (real? actual) (__pt-numbers-equal? actual expected tolerance))]
      [(string? expected) (and (string? actual) (string=? actual expected))]
      [(list? expected)
       (and (list? actual)
            (= (length actual) (length expected))
            (andmap (lambda (a e) (__pt-equal? a e tolerance)) actual expected))]
      [(hash? expected)
       (and (hash? actual)
            (= (hash-count actual) (hash-count expected))
            (__pt-pair-off (hash->list actual) (hash->list expected)
                           (lambda (a e) (and (__pt-equal? (car a) (car e) tolerance)
                                              (__pt-equal? (cdr a) (cdr e) tolerance)))))]
      [(set? expected)
       (and (or (set? actual) (set-mutable? actual))
            (= (set-count actual) (set-count expected))
            (__pt-pair-off (set->list actual) (set->list expected)
                           (lambda (a e) (__pt-equal? a e tolerance))))]
      [else (equal? actual expected)]))

  ;; Whether the actual and the expected items pair off one to one, each pair same?: a perfect
  ;; matching. Equality under a tolerance is not transitive, so a greedy pairing could miss one
  ;; that exists: the items are paired greedily first, then each expected item left over looks for
  ;; an augmenting path (Kuhn's algorithm); one that finds none means no pairing exists.
  (define (__pt-pair-off actual expected same?)
    (define as (list->vector actual))
    (define es (list->vector expected))
    (define n (vector-length as))
    (define owner (make-vector n #f))
    (define (same-at? i j) (same? (vector-ref as i) (vector-ref es j)))
    (define (take! j)
      (for/first ([i (in-range n)] #:when (and (not (vector-ref owner i)) (same-at? i j)))
        (vector-set! owner i j)
        #t))
    (define (augment! j visited)
      (for/or ([i (in-range n)])
        (and (not (vector-ref visited i))
             (same-at? i j)
             (begin
               (vector-set! visited i #t)
               (and (or (not (vector-ref owner i)) (augment! (vector-ref owner i) visited))
                    (begin (vector-set! owner i j) #t))))))
    (and (= n (vector-length es))
         (let ([left (for/list ([j (in-range n)] #:unless (take! j)) j)])
           (for/and ([j (in-list left)]) (augment! j (make-vector n #f))))))

  (define ((__pt-equal-to expected [tolerance __pt-exactly]) actual) (__pt-equal? actual expected tolerance))
  (define ((__pt-not-equal-to expected [tolerance __pt-exactly]) actual) (not (__pt-equal? actual expected tolerance)))

  ;; The items Python iterates in sorted(r) and set(r): a list's (a Python list or tuple), a
  ;; set's, a hash's keys, a string's characters; #f for a value it cannot iterate (None, a number).
  (define (__pt-items v)
    (cond
      [(list? v) v]
      [(or (set? v) (set-mutable? v)) (set->list v)]
      [(hash? v) (hash-keys v)]
      [(string? v) (for/list ([c (in-string v)]) (string c))]
      [else #f]))

  ;; sorted(r) == expected, expected being in Python's ascending order: r's items and expected's
  ;; pair off one to one (a multiset equality), so no Racket ordering is needed.
  (define (__pt-sorted-equal? actual expected tolerance)
    (define items (__pt-items actual))
    (and items (__pt-pair-off items expected (lambda (a e) (__pt-equal? a e tolerance)))))

  ;; set(r) == expected: r's items, exact repeats collapsed as Python's set() does, pair off one
  ;; to one with expected's (two close floats stay two items: set([0.0]) is not {0.0, 1e-300}).
  (define (__pt-set-equal? actual expected tolerance)
    (define items (__pt-items actual))
    (and items
         (__pt-pair-off (__pt-distinct items) (set->list expected) (lambda (a e) (__pt-equal? a e tolerance)))))
  (define (__pt-distinct items)
    (for/fold ([kept '()] #:result (reverse kept)) ([x (in-list items)])
      (if (for/or ([y (in-list kept)]) (__pt-equal? x y __pt-exactly)) kept (cons x kept))))

  (define ((__pt-sorted-equal-to expected [tolerance __pt-exactly]) actual) (__pt-sorted-equal? actual expected tolerance))
  (define ((__pt-sorted-not-equal-to expected [tolerance __pt-exactly]) actual) (not (__pt-sorted-equal? actual expected tolerance)))
  (define ((__pt-set-equal-to expected [tolerance __pt-exactly]) actual) (__pt-set-equal? actual expected tolerance))
  (define ((__pt-set-not-equal-to expected [tolerance __pt-exactly]) actual) (not (__pt-set-equal? actual expected tolerance)))

  ;; round(r, n) == y, as the doubles that round to y: low <= r <= high, both inclusive, exactly
  ;; (Racket's <= compares an exact integer with a flonum exactly, at any size). An exact
  ;; non-integer (3/2) is first the float Python would hold; nan is in no range; where the
  ;; result's type admits a bool (bools? is #t), True and False are Python's 1 and 0.
  (define ((__pt-in-range low high [bools? #f]) v)
    (define x
      (cond
        [(and bools? (boolean? v)) (if v 1 0)]
        [(and (real? v) (exact? v) (not (integer? v))) (exact->inexact v)]
        [else v]))
    (and (real? x) (<= low x high)))

  ;; Python truthiness: #f (None or False), zero, "", empty lists, hashes, sets and vectors are
  ;; falsy; every other value is truthy.
  (define (__pt-truthy? v)
    (cond
      [(boolean? v) v]
      [(number? v) (not (zero? v))]
      [(string? v) (positive? (string-length v))]
      [(null? v) #f]
      [(hash? v) (positive? (hash-count v))]
      [(or (set? v) (set-mutable? v)) (positive? (set-count v))]
      [(vector? v) (positive? (vector-length v))]
      [else #t]))
  (define (__pt-falsy? v) (not (__pt-truthy? v)))
  (define (__pt-none? v) (eq? v #f))
  (define (__pt-not-none? v) (not (eq? v #f)))

  ;; The report's repr of an actual value, as Python would print it; the type descriptor
  ;; ('int, '(list (optional str)), ...) decides whether #f reads None or False and a list (a b)
  ;; or [a, b]. Values outside the contract (vectors, void, symbols) print as Racket writes them.
  (define (__pt-repr v type)
    (define t (__pt-branch type v))
    (cond
      [(eq? v #f) (if (__pt-admits-bool? type) "False" "None")]
      [(eq? v #t) "True"]
      [(and (real? v) (inexact? v)) (__pt-float-repr v)]
      [(real? v) (number->string v)]
      [(string? v) (__pt-str-repr v)]
      [(list? v)
       (define items (for/list ([x (in-list v)] [i (in-naturals)]) (__pt-repr x (__pt-item-type t i))))
       (if (memq (__pt-head t) '(tuple vartuple))
           (if (= (length items) 1) (string-append "(" (car items) ",)") (__pt-join "(" items ")"))
           (__pt-join "[" items "]"))]
      [(hash? v)
       (define-values (k-type v-type)
         (if (eq? (__pt-head t) 'dict) (values (cadr t) (caddr t)) (values 'any 'any)))
       (__pt-join "{" (for/list ([(k x) (in-hash v)])
                        (string-append (__pt-repr k k-type) ": " (__pt-repr x v-type))) "}")]
      [(or (set? v) (set-mutable? v))
       (if (zero? (set-count v))
           "set()"
           (__pt-join "{" (for/list ([x (in-set v)]) (__pt-repr x (__pt-item-type t 0))) "}"))]
      [else (format "~s" v)]))

  (define (__pt-join open items close) (string-append open (string-join items ", ") close))
  (define (__pt-head t) (if (pair? t) (car t) t))

  ;; The member of an Optional or a union that describes a value of this shape.
  (define (__pt-branch t v)
    (case (__pt-head t)
      [(optional) (__pt-branch (cadr t) v)]
      [(union)
       (define wanted
         (cond [(list? v) '(list tuple vartuple)] [(hash? v) '(dict)]
               [(or (set? v) (set-mutable? v)) '(set)] [else '()]))
       (or (for/first ([m (in-list (cdr t))] #:when (memq (__pt-head m) wanted)) m) 'any)]
      [else t]))

  (define (__pt-item-type t i)
    (case (__pt-head t)
      [(list set vartuple) (cadr t)]
      [(tuple) (if (< i (length (cdr t))) (list-ref (cdr t) i) 'any)]
      [else 'any]))

  (define (__pt-admits-bool? t)
    (case (__pt-head t)
      [(bool any) #t]
      [(optional) (__pt-admits-bool? (cadr t))]
      [(union) (ormap __pt-admits-bool? (cdr t))]
      [else #f]))

  ;; repr(float): the shortest round-trip digits (Racket's), laid out as Python does: exponent
  ;; form below 1e-4 and from 1e16, with a sign and at least two exponent digits.
  (define (__pt-float-repr x)
    (cond
      [(nan? x) "nan"]
      [(infinite? x) (if (> x 0) "inf" "-inf")]
      [(zero? x) (if (eqv? x -0.0) "-0.0" "0.0")]
      [else
       (define m (regexp-match #rx"^([0-9]*)(?:[.]([0-9]*))?(?:e([-+]?[0-9]+))?$"
                               (number->string (abs x))))
       (define int-part (cadr m))
       (define all (string-append int-part (or (caddr m) "")))
       (define lead (let loop ([i 0]) (if (char=? (string-ref all i) #\0) (loop (add1 i)) i)))
       (define digits (regexp-replace #rx"0+$" (substring all lead) ""))
       (define n (string-length digits))
       (define exponent (- (+ (string-length int-part) (if (cadddr m) (string->number (cadddr m)) 0)) lead 1))
       (string-append
        (if (< x 0) "-" "")
        (cond
          [(or (< exponent -4) (>= exponent 16))
           (string-append (substring digits 0 1) (if (> n 1) (string-append "." (substring digits 1)) "")
                          "e" (if (< exponent 0) "-" "+")
                          (let ([e (number->string (abs exponent))]) (if (< (abs exponent) 10) (string-append "0" e) e)))]
          [(< exponent 0) (string-append "0." (make-string (- -1 exponent) #\0) digits)]
          [(> n (add1 exponent)) (string-append (substring digits 0 (add1 exponent)) "." (substring digits (add1 exponent)))]
          [else (string-append digits (make-string (- (add1 exponent) n) #\0) ".0")]))]))

  ;; repr(str): quotes as Python picks them, escapes for backslash, the quote, controls and
  ;; the characters Python does not print (categories C and Z other than the space).
  (define (__pt-str-repr s)
    (define q (if (and (string-contains? s "'") (not (string-contains? s "\""))) #\" #\'))
    (define out (open-output-string))
    (write-char q out)
    (for ([c (in-string s)])
      (define cp (char->integer c))
      (cond
        [(char=? c #\\) (write-string "\\\\" out)]
        [(char=? c q) (write-char #\\ out) (write-char c out)]
        [(char=? c #\newline) (write-string "\\n" out)]
        [(char=? c #\return) (write-string "\\r" out)]
        [(char=? c #\tab) (write-string "\\t" out)]
        [(or (< cp #x20) (= cp #x7f)
             (and (>= cp #x80) (memq (char-general-category c) '(cc cf cs co cn zs zl zp))))
         (define hex (number->string cp 16))
         (define-values (prefix width) (cond [(<= cp #xff) (values "\\x" 2)] [(<= cp #xffff) (values "\\u" 4)] [else (values "\\U" 8)]))
         (write-string (string-append prefix (make-string (- width (string-length hex)) #\0) hex) out)]
        [else (write-char c out)]))
    (write-char q out)
    (get-output-string out)))`;
