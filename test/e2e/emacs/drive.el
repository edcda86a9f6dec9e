;;; drive.el --- the Emacs end-to-end test's hands, inside a real Emacs  -*- lexical-binding: t; -*-

;; Loaded with -l after the user's init file (the README's snippet); test/e2e/emacs.test.ts
;; opens the driver with C-x C-f through tmux, as a user would.  This file then waits for
;; Flymake to hold the findings, writes them to $RFL_E2E_OUT/findings.json, removes the
;; unnecessary cast (lsp-mode: rfl-ffi's quick fix; eglot: a plain edit, the Flymake backend
;; having no fixes), saves, waits for the finding to go, writes after.json and exits.
;; Anything that goes wrong is written to error.json.

;;; Code:

(require 'cl-lib)
(require 'flymake)

(defvar e2e-out (getenv "RFL_E2E_OUT"))
(defvar e2e-file (getenv "RFL_E2E_FILE"))
(defvar e2e-setup (getenv "RFL_E2E_SETUP"))
(defvar e2e-state 'findings)
(defvar e2e-timer nil)

(defun e2e-write (name data)
  "Write DATA as JSON to NAME in the output folder.
Renamed into place: the test must never read half a file."
  (let ((file (expand-file-name name e2e-out)))
    (with-temp-file (concat file ".part")
      (insert (json-serialize data :null-object :null)))
    (rename-file (concat file ".part") file t)))

(defun e2e-diagnostics ()
  "The buffer's Flymake diagnostics, positions as 1-based lines and 0-based columns."
  (cl-flet ((line-col (pos) (save-excursion
                              (goto-char pos)
                              (list (line-number-at-pos) (- pos (line-beginning-position))))))
    (vconcat
     (mapcar (lambda (d)
               (pcase-let ((`(,line ,col) (line-col (flymake-diagnostic-beg d)))
                           (`(,end-line ,end-col) (line-col (flymake-diagnostic-end d))))
                 (list :line line :column col :endLine end-line :endColumn end-col
                       :type (symbol-name (flymake-diagnostic-type d))
                       :backend (symbol-name (flymake-diagnostic-backend d))
                       :text (flymake-diagnostic-text d))))
             (sort (flymake-diagnostics)
                   (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))))

(defun e2e-has (text)
  "Whether a Flymake diagnostic of the buffer contains TEXT."
  (cl-some (lambda (d) (string-match-p (regexp-quote text) (flymake-diagnostic-text d)))
           (flymake-diagnostics)))

(defconst e2e-cast-text "converts nothing"
  "Part of the unnecessary-cast message.")

(defun e2e-line-41-cast ()
  "Move point to the cast's expression on line 41."
  (goto-char (point-min))
  (forward-line 40)
  (search-forward "bindings::__msecs_to_jiffies")
  (goto-char (match-beginning 0)))

(defun e2e-remove-cast ()
  "Remove the cast of line 41 as the setup allows, and save."
  (e2e-line-41-cast)
  (if (equal e2e-setup "lsp-mode")
      (let ((action (cl-find-if
                     (lambda (a)
                       (cl-some (lambda (d) (equal (lsp-get d :code) "unnecessary-cast"))
                                (lsp-get a :diagnostics)))
                     (lsp-code-actions-at-point))))
        (unless action (error "No code action for unnecessary-cast at line 41"))
        (lsp-execute-code-action action))
    (search-forward " as usize")
    (replace-match ""))
  (save-buffer))

(defun e2e-step ()
  "One turn of the test, every 0.2 s."
  (let ((buffer (find-buffer-visiting e2e-file)))
    (when buffer
      (with-current-buffer buffer
        (pcase e2e-state
          ('findings
           (when (and (e2e-has "(stand-in) is running") (e2e-has e2e-cast-text))
             (e2e-write "findings.json" (list :diagnostics (e2e-diagnostics)
                                              :backends (vconcat (mapcar #'symbol-name flymake-diagnostic-functions))))
             (e2e-remove-cast)
             (setq e2e-state 'fixed)))
          ('fixed
           (when (and (not (buffer-modified-p)) (not (e2e-has e2e-cast-text)) (e2e-has "raw C API"))
             (e2e-write "after.json" (list :diagnostics (e2e-diagnostics)))
             (cancel-timer e2e-timer)
             (kill-emacs 0))))))))

(setq e2e-timer
      (run-with-timer 0.2 0.2
                      (lambda ()
                        (condition-case err
                            (e2e-step)
                          (error
                           (e2e-write "error.json" (list :error (error-message-string err)))
                           (kill-emacs 1))))))

;;; drive.el ends here
