#lang racket/base
;; Runs several polytest Racket programs in one process, each as `racket FILE` would run it, so that
;; the ~0.3 s of loading `racket` is paid once per batch instead of once per program.
;;
;; Usage: racket racket-batch.rkt TIMEOUT-SECONDS MEMORY-BYTES FILE ...
;; For each FILE: its output goes to FILE.stdout and FILE.stderr, and one line
;;   polytest-batch INDEX STATUS MILLISECONDS
;; is printed here, STATUS being the exit code the program would have had, or `timeout`.
;;
;; What each program gets of its own: a fresh namespace (its module and everything it declares are
;; instantiated anew), its own working directory (the file's folder, as runCompiled gives it), its own thread (so every parameter it sets, such as exit-handler or
;; current-output-port, stays its own), a custodian (threads, ports and memory it leaves behind are
;; reclaimed, memory is capped) and an exit handler that ends only this program. What programs
;; share: the instances of the `racket` library modules themselves, attached from this namespace,
;; as compiled library code whose state programs do not change.
(define args (vector->list (current-command-line-arguments)))
(define timeout-seconds (string->number (car args)))
(define memory-bytes (string->number (cadr args)))
(define files (cddr args))

(define batch-namespace (current-namespace))
(dynamic-require 'racket #f)

(define (run-one index file)
  (define path (path->complete-path (string->path file)))
  (define out (open-output-file (string-append file ".stdout") #:exists 'truncate))
  (define err (open-output-file (string-append file ".stderr") #:exists 'truncate))
  (define status 0)
  (define started (current-inexact-milliseconds))
  (define custodian (make-custodian))
  (custodian-limit-memory custodian memory-bytes custodian)
  (define worker
    (parameterize ([current-custodian custodian])
      (thread
       (lambda ()
         (let/ec escape
           (parameterize ([current-namespace (make-base-empty-namespace)]
                          [current-output-port out]
                          [current-error-port err]
                          [current-command-line-arguments (vector)]
                          [current-directory (let-values ([(folder name dir?) (split-path path)]) folder)]
                          [exit-handler
                           (lambda (code)
                             ;; As the racket launcher: an exit code outside 1..255 exits with 0.
                             (set! status (if (and (exact-integer? code) (<= 1 code 255)) code 0))
                             (escape (void)))])
             (namespace-attach-module batch-namespace 'racket)
             (with-handlers ([(lambda (e) #t)
                              (lambda (e)
                                ((error-display-handler) (if (exn? e) (exn-message e) (format "uncaught exception: ~e" e)) e)
                                (set! status 1))])
               (define (submodule name) `(submod ,path ,name))
               ;; The launcher's order: the main module's configure-runtime, the module, its main.
               (when (module-declared? (submodule 'configure-runtime) #t)
                 (dynamic-require (submodule 'configure-runtime) #f))
               (dynamic-require path #f)
               (when (module-declared? (submodule 'main) #t)
                 (dynamic-require (submodule 'main) #f)))))
         (flush-output out)
         (flush-output err)))))
  (define finished (sync/timeout timeout-seconds worker))
  (define killed (custodian-shut-down? custodian))
  (custodian-shutdown-all custodian)
  (close-output-port out)
  (unless finished (close-output-port err))
  (when (and finished killed)
    (set! status 1))
  (unless (port-closed? err)
    (when killed (write-string "polytest-batch: the program exceeded its memory limit\n" err))
    (close-output-port err))
  (printf "polytest-batch ~a ~a ~a\n" index (if finished status 'timeout) (round (inexact->exact (- (current-inexact-milliseconds) started))))
  (flush-output))

(for ([file (in-list files)] [index (in-naturals)])
  (run-one index file))
