" rfl-ffi for Vim and Neovim with ALE: an LSP linter named rfl_ffi for Rust and C files,
" which ALE runs beside its rust-analyzer (`analyzer`) and clangd linters.
" SPDX-License-Identifier: GPL-2.0-only
" https://github.com/rfl-ffi/rfl-ffi
"
" Source it after ALE is on 'runtimepath', and name rfl_ffi in g:ale_linters:
"   let g:ale_linters = {'rust': ['analyzer', 'rfl_ffi'], 'c': ['clangd', 'rfl_ffi']}
"
" It runs only in files inside a kernel tree, found as the server and the other editors
" find it: the nearest folder up with rust/helpers/helpers.c (or the older rust/helpers.c)
" and rust/bindings/bindings_helper.h. ALE starts no server for other files.
"
" Options (global, or per buffer as b:ale_rfl_ffi_…):
"   g:ale_rfl_ffi_executable  the rfl-ffi program (default 'rfl-ffi', bin/rfl-ffi of a checkout)
"   g:ale_rfl_ffi_settings    the server's settings: tree, objtree, arches, mapping, severity,
"                             e.g. {'objtree': '/home/me/build', 'severity': {'raw-binding-use': 'off'}}

call ale#Set('rfl_ffi_executable', 'rfl-ffi')
call ale#Set('rfl_ffi_settings', {})

" The kernel tree holding the buffer's file, or '' (ALE then does not start the server).
function! s:KernelTree(buffer) abort
    let l:dir = fnamemodify(bufname(a:buffer), ':p:h')

    while 1
        if filereadable(l:dir . '/rust/bindings/bindings_helper.h')
        \&& (filereadable(l:dir . '/rust/helpers/helpers.c') || filereadable(l:dir . '/rust/helpers.c'))
            return l:dir
        endif

        let l:up = fnamemodify(l:dir, ':h')

        if l:up is# l:dir
            return ''
        endif

        let l:dir = l:up
    endwhile
endfunction

for s:filetype in ['rust', 'c']
    call ale#linter#Define(s:filetype, {
    \   'name': 'rfl_ffi',
    \   'lsp': 'stdio',
    \   'executable': {b -> ale#Var(b, 'rfl_ffi_executable')},
    \   'command': '%e lsp --stdio',
    \   'project_root': function('s:KernelTree'),
    \   'initialization_options': {b -> ale#Var(b, 'rfl_ffi_settings')},
    \   'lsp_config': {b -> {'rflFfi': ale#Var(b, 'rfl_ffi_settings')}},
    \})
endfor

unlet s:filetype
