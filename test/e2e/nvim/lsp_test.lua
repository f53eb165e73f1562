-- Neovim (0.7.x, Debian bookworm) as a second, independent LSP client of dist/server.js --stdio.
-- Run by test/e2e/run.mjs as:  nvim --headless --clean -n -i NONE -u test/e2e/nvim/lsp_test.lua
-- Environment: REPORT_LENS_SERVER (dist/server.js), REPORT_LENS_NODE (node binary),
-- REPORT_LENS_WORKSPACE (folder holding the corpus reports), REPORT_LENS_NVIM_LOG (result log).
-- Uses only vim.lsp.start_client / buf_attach_client (0.7 API; vim.lsp.start is 0.8+).
-- Exits 0 when every check passed, 1 otherwise; every wait has a deadline.

local log_path = os.getenv('REPORT_LENS_NVIM_LOG') or '/dev/stderr'
local log_file = assert(io.open(log_path, 'w'))
local failures = 0

local function log(msg)
  log_file:write(msg .. '\n')
  log_file:flush()
end

local function check(ok, what, detail)
  if ok then
    log('  ok   ' .. what)
  else
    failures = failures + 1
    log('  FAIL ' .. what .. (detail and (': ' .. detail) or ''))
  end
  return ok
end

local function finish()
  log(failures == 0 and 'neovim: all checks passed' or ('neovim: ' .. failures .. ' check(s) failed'))
  log_file:close()
  -- cquit sets the exit code; qall! would always exit 0.
  if failures == 0 then vim.cmd('qall!') else vim.cmd('cquit! 1') end
end

local function fail_and_exit(msg)
  failures = failures + 1
  log('  FAIL ' .. msg)
  finish()
end

-- Any Lua error must end the process with a failure, never leave a headless nvim waiting.
local ok, err = xpcall(function()
  -- -u <this file> skips the default init, which is what turns filetype detection on; a user's
  -- Neovim has it, and the filetype is the languageId the client sends.
  vim.cmd('filetype on')
  local server = assert(os.getenv('REPORT_LENS_SERVER'), 'REPORT_LENS_SERVER not set')
  local node = os.getenv('REPORT_LENS_NODE') or 'node'
  local workspace = assert(os.getenv('REPORT_LENS_WORKSPACE'), 'REPORT_LENS_WORKSPACE not set')
  local file = vim.fn.glob(workspace .. '/000_*.txt')
  assert(file ~= '', 'no 000_*.txt in ' .. workspace)
  local v = vim.version()
  log(string.format('Neovim %d.%d.%d against %s', v.major, v.minor, v.patch, server))

  local client_id = vim.lsp.start_client({
    name = 'report-lens',
    cmd = { node, server, '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'corpus' } },
    on_exit = function(code, signal)
      if code ~= 0 then log('  server exited with code ' .. tostring(code) .. ', signal ' .. tostring(signal)) end
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- Neovim calls a .txt buffer "text"; the server must not depend on VS Code's language ids.
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  log('       languageId sent in didOpen: "' .. vim.bo[bufnr].filetype .. '" (Neovim\'s filetype; VS Code would say "plaintext")')

  local client
  local initialized = vim.wait(20000, function()
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 50)
  if not check(initialized, 'server initialized within 20 s') then return finish() end

  -- 1. Diagnostics arrive by themselves (publishDiagnostics): report 001 line 40 repeats a
  --    sentence, so a duplicate-sentence warning with source report-lens must appear there.
  local dup_file = vim.fn.glob(workspace .. '/001_*.txt')
  assert(dup_file ~= '', 'no 001_*.txt in ' .. workspace)
  vim.cmd('edit ' .. vim.fn.fnameescape(dup_file))
  local dup_buf = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(dup_buf, client_id), 'buf_attach_client failed for 001')
  local diagnostics = {}
  local function code_of(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  local got = vim.wait(30000, function()
    diagnostics = vim.diagnostic.get(dup_buf)
    for _, d in ipairs(diagnostics) do
      if code_of(d) == 'duplicate-sentence' and d.lnum == 39 then return true end
    end
    return false
  end, 50)
  local seen = {}
  for _, d in ipairs(diagnostics) do
    seen[#seen + 1] = tostring(d.source) .. '/' .. tostring(code_of(d)) .. '@' .. (d.lnum + 1)
  end
  check(got, 'duplicate-sentence diagnostic published for 001 line 40 within 30 s',
    #seen > 0 and table.concat(seen, ', ', 1, math.min(#seen, 8)) or 'no diagnostics arrived')
  if got then
    local all_ours = true
    for _, d in ipairs(diagnostics) do
      if d.source ~= 'report-lens' then all_ours = false end
    end
    check(all_ours, 'every diagnostic has source "report-lens"')
    log('       ' .. #diagnostics .. ' diagnostic(s) on 001: ' .. table.concat(seen, ', ', 1, math.min(#seen, 8)))

    -- 1b. Its quick fix, requested and applied the way Neovim does it, keeps one copy.
    local sentence = '全面提高救助保障标准，发放救助资金4.4亿元，发放低保、特困人员等价格临时补贴1615.5万元。'
    local function copies()
      local line = vim.api.nvim_buf_get_lines(dup_buf, 39, 40, false)[1] or ''
      local n, from = 0, 1
      while true do
        local i, j = line:find(sentence, from, true)
        if not i then return n end
        n, from = n + 1, j + 1
      end
    end
    check(copies() == 2, 'line 40 holds the sentence twice before the fix')
    -- get_line_diagnostics converts back to LSP form, keeping the server's `data` (the fixes).
    local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(dup_buf, 39) }
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(dup_buf) },
      range = { start = { line = 39, character = 0 }, ['end'] = { line = 40, character = 0 } },
      context = context,
    }
    local actions = client.request_sync('textDocument/codeAction', params, 10000, dup_buf)
    local fix
    local titles = {}
    for _, a in ipairs(actions and actions.result or {}) do
      titles[#titles + 1] = a.title
      if not fix and a.kind == 'quickfix' and a.edit then
        for _, d in ipairs(a.diagnostics or {}) do
          if d.code == 'duplicate-sentence' then fix = a end
        end
      end
    end
    if check(fix ~= nil, 'a quick fix with an edit for the duplicate sentence', 'actions: ' .. table.concat(titles, ' | ')) then
      vim.bo[dup_buf].readonly = false -- the edit is never written; avoid W10 on a read-only file
      vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
      check(copies() == 1, 'after "' .. fix.title .. '" line 40 holds the sentence once', 'copies: ' .. copies())
    end
  end
  vim.cmd('buffer ' .. bufnr)

  -- 2. Hover on 231.7亿元 (file line 13) shows the normalized value 23,170,000,000.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 12, 13, false)
  local byte_col = lines[1] and lines[1]:find('231.7亿元', 1, true)
  if check(byte_col ~= nil, 'line 13 holds 231.7亿元') then
    -- LSP positions count UTF-16 code units; Neovim columns are bytes.
    local character = vim.str_utfindex(lines[1], byte_col) -- points at the '3' after '2'
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 12, character = character } }
    local response = client.request_sync('textDocument/hover', params, 10000, bufnr)
    local text = ''
    if response and response.result and response.result.contents then
      local contents = response.result.contents
      if type(contents) == 'string' then
        text = contents
      elseif contents.value then
        text = contents.value
      else
        for _, c in ipairs(contents) do text = text .. '\n' .. (type(c) == 'string' and c or c.value or '') end
      end
    end
    -- The hover range is what the editor highlights: the figure 231.7亿元 (7 UTF-16 units), no more.
    local r = response and response.result and response.result.range
    check(r ~= nil and r.start.line == 12 and r.start.character == character - 1 and r['end'].character == character + 6,
      'hover range is exactly 231.7亿元', vim.inspect(r, { newline = ' ', indent = '' }))
    check(text:find('23,170,000,000', 1, true) ~= nil, 'hover on 231.7亿元 shows 23,170,000,000',
      response and response.err and vim.inspect(response.err) or ('hover was: ' .. vim.inspect(text:sub(1, 200))))
  end

  -- 3. Document symbols: the outline holds the three parts 一、二、三、 on lines 11, 121, 129.
  local response = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 10000, bufnr)
  local symbols = response and response.result or {}
  local found = {}
  local names = {}
  local function walk(list)
    for _, s in ipairs(list) do
      -- DocumentSymbol has selectionRange; SymbolInformation has location.range.
      local range = s.selectionRange or (s.location and s.location.range)
      local line = range and range.start.line or -1
      names[#names + 1] = (line + 1) .. ':' .. s.name
      found[line] = (found[line] or '') .. s.name
      if s.children then walk(s.children) end
    end
  end
  walk(symbols)
  check(#names > 0, 'documentSymbol returned symbols', response and response.err and vim.inspect(response.err) or 'empty')
  for _, expected in ipairs({
    { 10, '2022年国民经济和社会发展计划执行情况' },
    { 120, '2023年总体要求及预期目标' },
    { 128, '2023年经济社会发展重点工作' },
  }) do
    local name = found[expected[1]]
    check(name ~= nil and name:find(expected[2], 1, true) ~= nil,
      'symbol "' .. expected[2] .. '" on line ' .. (expected[1] + 1),
      'symbols: ' .. table.concat(names, ' / ', 1, math.min(#names, 12)))
  end

  -- Shut the server down the protocol way and make sure it goes.
  vim.lsp.stop_client(client_id)
  check(vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50),
    'server stopped after shutdown/exit')
  finish()
end, debug.traceback)

if not ok then fail_and_exit('Lua error: ' .. tostring(err)) end
