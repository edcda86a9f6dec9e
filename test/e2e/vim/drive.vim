" The Vim end-to-end test's hands (test/e2e/vim.test.ts), sourced after the file is opened:
" once ALE has linted the buffer with both LSP linters, the location list is written to
" $RFL_E2E_OUT/loclist.json. The test reads the screen for the rest.

function! s:Has(text) abort
    return !empty(filter(getloclist(0), {_, item -> stridx(item.text, a:text) >= 0}))
endfunction

function! s:WriteWhenLinted(timer) abort
    if ale#engine#IsCheckingBuffer(bufnr('')) || !s:Has('unnecessary-cast:') || !s:Has('(stand-in) is running')
        return
    endif

    call timer_stop(a:timer)
    " Renamed into place: the test must never read half a file.
    call writefile([json_encode(getloclist(0))], $RFL_E2E_OUT . '/loclist.json.part')
    call rename($RFL_E2E_OUT . '/loclist.json.part', $RFL_E2E_OUT . '/loclist.json')
endfunction

call timer_start(100, function('s:WriteWhenLinted'), {'repeat': -1})
