;;; rfl-ffi.el --- rfl-ffi beside rust-analyzer and clangd  -*- lexical-binding: t; -*-

;; SPDX-License-Identifier: GPL-2.0-only
;; URL: https://github.com/rfl-ffi/rfl-ffi
;; Package-Requires: ((emacs "27.1"))

;;; Commentary:

;; rfl-ffi checks where Rust meets C in the Linux kernel.  This file runs it in Rust and C
;; buffers of a kernel tree, next to the servers you already use:
;;
;; - lsp-mode: loading this file registers `rfl-ffi' as an add-on client (`:add-on? t'), so
;;   lsp-mode starts it beside rust-analyzer or clangd, not instead of them.  Diagnostics
;;   show in Flymake (or Flycheck), quick fixes through `lsp-execute-code-action', hover
;;   through eldoc and `lsp-describe-thing-at-point'.
;;
;; - eglot runs one server per buffer.  To keep rust-analyzer and clangd there, add
;;   `rfl-ffi-flymake-setup' to `rust-mode-hook', `c-mode-hook' and
;;   `eglot-managed-mode-hook': the Flymake backend `rfl-ffi-flymake' runs
;;   `rfl-ffi check FILE --format json' on the file as saved, beside eglot's own backend.
;;   No quick fixes or hover that way.  For those, make rfl-ffi the eglot server of these
;;   modes instead (see the README); that costs rust-analyzer's and clangd's completion,
;;   types, navigation and diagnostics in them.
;;
;; Both run only in files inside a kernel tree, found as the server and the other editors
;; find it: the nearest folder up with rust/helpers/helpers.c (or the older rust/helpers.c)
;; and rust/bindings/bindings_helper.h.

;;; Code:

(require 'cl-lib)
(require 'flymake)

(defgroup rfl-ffi nil
  "Checks where Rust meets C in the Linux kernel."
  :group 'tools
  :prefix "rfl-ffi-")

(defcustom rfl-ffi-command '("rfl-ffi")
  "The rfl-ffi program and any leading arguments.
E.g. (\"node\" \"/path/to/rfl-ffi/dist/rfl-ffi.js\") for a checkout not on PATH."
  :type '(repeat string))

(defcustom rfl-ffi-tree nil
  "The kernel source tree, when the one found from the file is not the one meant."
  :type '(choice (const :tag "The tree holding the file" nil) directory))

(defcustom rfl-ffi-objtree nil
  "The build folder with the generated bindings (`make O=...').
nil: the folder of a rust-project.json from `make rust-analyzer', else the tree."
  :type '(choice (const :tag "Found by rfl-ffi" nil) directory))

(defcustom rfl-ffi-arches nil
  "Architectures a cast must be right on; nil for those the tree supports."
  :type '(repeat (choice (const "arm") (const "arm64") (const "loongarch64")
                         (const "riscv64") (const "um") (const "x86_64"))))

(defcustom rfl-ffi-mapping nil
  "The C-type mapping: \"kernel\" (the ffi crate) or \"core\" (core::ffi).
nil: the tree's own."
  :type '(choice (const :tag "The tree's own" nil) (const "kernel") (const "core")))

(defcustom rfl-ffi-severity nil
  "Severity per finding code, e.g. ((\"raw-binding-use\" . \"off\")).
Levels: \"error\", \"warning\", \"information\", \"hint\" and \"off\"."
  :type '(alist :key-type string
                :value-type (choice (const "error") (const "warning") (const "information")
                                    (const "hint") (const "off"))))

(defconst rfl-ffi-modes '(rust-mode rust-ts-mode rustic-mode c-mode c-ts-mode)
  "Major modes of the files rfl-ffi checks.")

(defun rfl-ffi-kernel-tree (&optional file)
  "The kernel tree (srctree) holding FILE (default: the buffer's file), or nil."
  (let ((file (or file buffer-file-name)))
    (when file
      (let ((dir (locate-dominating-file
                  file
                  (lambda (dir)
                    (and (file-directory-p dir)
                         (file-exists-p (expand-file-name "rust/bindings/bindings_helper.h" dir))
                         (or (file-exists-p (expand-file-name "rust/helpers/helpers.c" dir))
                             (file-exists-p (expand-file-name "rust/helpers.c" dir))))))))
        (and dir (directory-file-name (expand-file-name dir)))))))

(defun rfl-ffi--checked-mode-p ()
  "Non-nil in the major modes of `rfl-ffi-modes'."
  (apply #'derived-mode-p rfl-ffi-modes))

;;;; lsp-mode: an add-on client

(defun rfl-ffi--severity-object ()
  "`rfl-ffi-severity' as a JSON object, or nil."
  (when rfl-ffi-severity
    (let ((object (make-hash-table :test #'equal)))
      (pcase-dolist (`(,code . ,level) rfl-ffi-severity)
        (puthash code level object))
      object)))

(declare-function lsp-register-client "lsp-mode")
(declare-function lsp-register-custom-settings "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function make-lsp-client "lsp-mode")

(with-eval-after-load 'lsp-mode
  ;; Asked for by the server (workspace/configuration) under the section "rflFfi".
  (lsp-register-custom-settings
   `(("rflFfi.tree" ,(lambda () (and rfl-ffi-tree (expand-file-name rfl-ffi-tree))))
     ("rflFfi.objtree" ,(lambda () (and rfl-ffi-objtree (expand-file-name rfl-ffi-objtree))))
     ("rflFfi.arches" ,(lambda () (and rfl-ffi-arches (vconcat rfl-ffi-arches))))
     ("rflFfi.mapping" ,(lambda () rfl-ffi-mapping))
     ("rflFfi.severity" rfl-ffi--severity-object)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection (lambda () (append rfl-ffi-command '("lsp" "--stdio"))))
    :activation-fn (lambda (file-name _mode)
                     (and (rfl-ffi--checked-mode-p) (rfl-ffi-kernel-tree file-name)))
    ;; The tree status feeds VS Code's status bar; lsp-mode would warn about it as unknown.
    :notification-handlers (let ((handlers (make-hash-table :test #'equal)))
                             (puthash "rfl-ffi/treeStatus" #'ignore handlers)
                             handlers)
    :add-on? t
    :server-id 'rfl-ffi)))

(defvar lsp--cur-workspace)

;; lsp-mode hands Flymake the diagnostics of the server that just published, as all of
;; them: rfl-ffi's and rust-analyzer's would replace each other at each publication.  With
;; no current workspace, it hands over those of every server of the buffer.
(define-advice lsp-diagnostics--flymake-update-diagnostics (:around (update) rfl-ffi-every-server)
  (let ((lsp--cur-workspace nil))
    (funcall update)))

;;;; A Flymake backend that runs `rfl-ffi check' (beside eglot)

(defvar-local rfl-ffi--flymake-process nil
  "The `rfl-ffi check' run of this buffer, while it runs.")

(defun rfl-ffi--check-command (tree file)
  "The command line of a check of FILE in TREE, with the settings."
  (append rfl-ffi-command
          (list "check" file "--format" "json" "--tree" tree)
          (and rfl-ffi-objtree (list "--objtree" (expand-file-name rfl-ffi-objtree)))
          (and rfl-ffi-arches (list "--arch" (mapconcat #'identity rfl-ffi-arches ",")))
          (and rfl-ffi-mapping (list "--mapping" rfl-ffi-mapping))))

(defun rfl-ffi--position (line column)
  "The position of 1-based LINE and COLUMN.
COLUMN counts UTF-16 code units, as LSP and rfl-ffi do."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-min))
      (forward-line (1- line))
      (let ((units (1- column))
            (eol (line-end-position)))
        (while (and (> units 0) (< (point) eol))
          (setq units (- units (if (> (char-after) #xFFFF) 2 1)))
          (forward-char))
        (point)))))

(defun rfl-ffi--flymake-type (finding)
  "The Flymake type of FINDING, after `rfl-ffi-severity'; nil when turned off."
  (let ((level (or (cdr (assoc (alist-get 'code finding) rfl-ffi-severity))
                   (alist-get 'severity finding))))
    (pcase level
      ("off" nil)
      ("error" :error)
      ("warning" :warning)
      (_ :note))))

(defun rfl-ffi--flymake-diagnostics (findings rel)
  "Flymake diagnostics for the FINDINGS whose file is REL, relative to the tree."
  (cl-loop for f in findings
           for type = (rfl-ffi--flymake-type f)
           when (and type (equal (alist-get 'file f) rel))
           collect (let ((beg (rfl-ffi--position (alist-get 'line f) (alist-get 'column f)))
                         (end (rfl-ffi--position (alist-get 'endLine f) (alist-get 'endColumn f))))
                     (flymake-make-diagnostic
                      (current-buffer) beg (if (> end beg) end (min (1+ beg) (point-max))) type
                      (format "%s [%s]" (alist-get 'message f) (alist-get 'code f))))))

(defun rfl-ffi--flymake-done (proc source tree report-fn)
  "Reports what PROC, the check of SOURCE in TREE, printed, through REPORT-FN."
  (let* ((out (process-buffer proc))
         (err-proc (process-get proc 'stderr))
         (err (process-buffer err-proc)))
    (unwind-protect
        (when (and (buffer-live-p source)
                   (eq proc (buffer-local-value 'rfl-ffi--flymake-process source)))
          (with-current-buffer source
            (setq rfl-ffi--flymake-process nil)
            (if (and (eq (process-status proc) 'exit) (memq (process-exit-status proc) '(0 1)))
                (let ((findings (with-current-buffer out
                                  (goto-char (point-min))
                                  (alist-get 'findings (json-parse-buffer :object-type 'alist
                                                                          :array-type 'list)))))
                  (funcall report-fn (rfl-ffi--flymake-diagnostics
                                      findings (file-relative-name buffer-file-name tree))))
              ;; Exit 2: a tree rfl-ffi cannot use (it says why); Flymake shows it and stops asking.
              ;; The sentinel may run before the last of stderr has been read.
              (while (accept-process-output err-proc 0.05))
              (funcall report-fn :panic
                       :explanation (string-trim (with-current-buffer err (buffer-string)))))))
      (kill-buffer out)
      (kill-buffer err))))

(defun rfl-ffi-flymake (report-fn &rest _)
  "Flymake backend: rfl-ffi's findings on the file of this buffer, as saved.
REPORT-FN is Flymake's.  While the buffer has unsaved changes it keeps the
findings shown (Flymake moves them with the text): the check reads the
file, whose positions would not match the buffer."
  (when (process-live-p rfl-ffi--flymake-process)
    (kill-process rfl-ffi--flymake-process))
  (let ((tree (or (and rfl-ffi-tree (expand-file-name rfl-ffi-tree)) (rfl-ffi-kernel-tree)))
        (file buffer-file-name)
        (source (current-buffer)))
    (cond
     ((not (and tree file)) (funcall report-fn nil))
     ((not (executable-find (car rfl-ffi-command)))
      (funcall report-fn :panic
               :explanation (format "rfl-ffi: no program %s; see `rfl-ffi-command'" (car rfl-ffi-command))))
     ((buffer-modified-p) (funcall report-fn nil :region (cons (point-min) (point-min))))
     (t
      (let* ((err (make-pipe-process :name "rfl-ffi-flymake-stderr" :noquery t
                                     :buffer (generate-new-buffer " *rfl-ffi-flymake-stderr*")))
             (proc (make-process
                    :name "rfl-ffi-flymake"
                    :buffer (generate-new-buffer " *rfl-ffi-flymake*")
                    :stderr err
                    :command (rfl-ffi--check-command tree file)
                    :connection-type 'pipe
                    :noquery t
                    :sentinel (lambda (proc _event)
                                (unless (process-live-p proc)
                                  (rfl-ffi--flymake-done proc source tree report-fn))))))
        (process-put proc 'stderr err)
        (setq rfl-ffi--flymake-process proc))))))

;;;###autoload
(defun rfl-ffi-flymake-setup ()
  "Add `rfl-ffi-flymake' to the Flymake backends of a buffer in a kernel tree.
For `rust-mode-hook', `c-mode-hook' and `eglot-managed-mode-hook': eglot
replaces the buffer's backends with its own when it starts, so this adds
it back beside eglot's."
  (when (and (rfl-ffi--checked-mode-p) (rfl-ffi-kernel-tree))
    (add-hook 'flymake-diagnostic-functions #'rfl-ffi-flymake nil t)
    (flymake-mode 1)))

(provide 'rfl-ffi)
;;; rfl-ffi.el ends here
