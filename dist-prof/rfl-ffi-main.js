"use strict";
globalThis.__ML=[];globalThis.__M=(l)=>__ML.push(performance.now().toFixed(1)+" "+l);process.on("exit",()=>require("fs").writeSync(2,__ML.join("\n")+"\n"));globalThis.__M?.("bundle start");
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key2 of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key2) && key2 !== except && __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// server/src/core/parse.ts
function makeParser(grammar) {
  let language = grammar;
  language.nodeSubclasses ??= new Array(NODE_TABLE_IDS).fill(import_tree_sitter.default.SyntaxNode);
  let parser = new import_tree_sitter.default();
  return parser.setLanguage(language), parser;
}
function lspLineBreaks(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, `
`) : text;
}
function rustGrammar() {
  return rustParser ??= makeParser(require("tree-sitter-rust"));
}
function parseRust(text, oldTree) {
  return parseCounts.rust++, rustGrammar().parse(lspLineBreaks(text), oldTree);
}
function cGrammar() {
  return cParser ??= makeParser(require("tree-sitter-c"));
}
function parseC(text, oldTree) {
  return parseCounts.c++, cGrammar().parse(lspLineBreaks(text), oldTree);
}
function nodeRange(node) {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column }
  };
}
function walkNamed(node, visit) {
  let cursor = node.walk();
  for (; ; )
    if (!((!cursor.nodeIsNamed || visit(cursor.currentNode) !== !1) && cursor.gotoFirstChild())) {
      for (; !cursor.gotoNextSibling(); )
        if (!cursor.gotoParent()) return;
    }
}
function descendantsOf(nodes, types, prune = []) {
  if (!nodes.length) return [];
  let wanted = new Set(types), pruned = new Set(prune), first = nodes[0].startPosition, last = nodes[nodes.length - 1].endPosition, from = first.column ? { row: first.row, column: first.column - 1 } : first.row ? { row: first.row - 1, column: 4294967295 } : first, found = nodes[0].tree.rootNode.descendantsOfType([.../* @__PURE__ */ new Set([...types, ...prune])], from, { row: last.row, column: last.column + 1 }), out = [], i = 0, prunedUntil = -1;
  for (let n of found) {
    for (; i < nodes.length && nodes[i].endIndex < n.startIndex; ) i++;
    if (i === nodes.length) break;
    let j = i;
    for (; j < nodes.length && nodes[j].startIndex <= n.startIndex && nodes[j].endIndex < n.endIndex; ) j++;
    let holder = nodes[j];
    !holder || n.startIndex < holder.startIndex || n.startIndex < prunedUntil || (wanted.has(n.type) && out.push(n), pruned.has(n.type) && (prunedUntil = n.endIndex));
  }
  return out;
}
var import_tree_sitter, rustParser, cParser, parseCounts, NODE_TABLE_IDS, loadRustGrammar, loadCGrammar, init_parse = __esm({
  "server/src/core/parse.ts"() {
    "use strict";
    import_tree_sitter = __toESM(require("tree-sitter")), parseCounts = { rust: 0, c: 0 }, NODE_TABLE_IDS = 4096;
    loadRustGrammar = rustGrammar;
    loadCGrammar = cGrammar;
  }
});

// server/src/core/cSource.ts
function blank(s) {
  return s.replace(/[^\r\n]/g, " ");
}
function isMacroSubject(text, offset) {
  let lineStart = text.lastIndexOf(`
`, offset - 1) + 1;
  return /^\s*#\s*(?:define|undef|ifdef|ifndef)\s+$|\bdefined\s*\(?\s*$/.test(text.slice(lineStart, offset));
}
function maskKernelAnnotations(text) {
  let out = text.replace(BARE_RE, (m2, offset) => isMacroSubject(text, offset) ? m2 : blank(m2));
  ARGS_RE.lastIndex = 0;
  let m, pieces = [], last = 0;
  for (; m = ARGS_RE.exec(out); ) {
    if (isMacroSubject(out, m.index)) continue;
    let depth = 0, end = m.index + m[0].length - 1;
    for (; end < out.length; end++) {
      let c = out[end];
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) break;
    }
    if (end >= out.length) break;
    pieces.push(out.slice(last, m.index), blank(out.slice(m.index, end + 1))), last = end + 1, ARGS_RE.lastIndex = last;
  }
  return pieces.length && (out = pieces.join("") + out.slice(last)), out;
}
function parseKernelC(text, old) {
  return parseC(maskKernelAnnotations(text), old);
}
var BARE, WITH_ARGS, BARE_RE, ARGS_RE, init_cSource = __esm({
  "server/src/core/cSource.ts"() {
    "use strict";
    init_parse();
    BARE = [
      "__rust_helper",
      "__force",
      "__must_check",
      "__noreturn",
      "__user",
      "__iomem",
      "__percpu",
      "__rcu",
      "__always_inline",
      "__init",
      "__exit",
      "notrace",
      "__cold",
      "__pure",
      "__malloc",
      "__maybe_unused",
      "__always_unused",
      "__attribute_const__",
      "__flatten",
      "__weak",
      "__nocfi",
      "__visible",
      "asmlinkage",
      "__sched",
      "__kprobes",
      "__ref",
      "__bitwise",
      "__safe",
      "__kernel",
      "__nocast",
      "__latent_entropy",
      "__randomize_layout",
      "__packed",
      "__nonstring",
      "__deprecated",
      "noinline",
      "noinstr",
      "__no_kcsan",
      "__no_sanitize_or_inline",
      "__no_profile",
      "__cpuidle",
      "__init_or_module",
      "__sched",
      "__const",
      "__inline",
      "__inline__",
      "__private",
      "__must_be_array",
      "__nostackprotector"
    ], WITH_ARGS = [
      "__realloc_size",
      "__alloc_size",
      "__printf",
      "__scanf",
      "__section",
      "__aligned",
      "__must_hold",
      "__acquires",
      "__releases",
      "__counted_by",
      "__attribute__",
      "__cond_acquires",
      "__assume_aligned",
      "__diagnose_as",
      "__malloc_like",
      "__access"
    ], BARE_RE = new RegExp(`\\b(?:${BARE.join("|")})\\b`, "g"), ARGS_RE = new RegExp(`\\b(?:${WITH_ARGS.join("|")})\\s*\\(`, "g");
  }
});

// server/src/core/text.ts
function splitLines2(text) {
  return text.split(/\r\n|\r|\n/);
}
function lineStarts(text) {
  let starts = [0];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    c === 13 ? (text.charCodeAt(i + 1) === 10 && i++, starts.push(i + 1)) : c === 10 && starts.push(i + 1);
  }
  return starts;
}
function offsetAt(starts, text, pos) {
  if (pos.line >= starts.length) return text.length;
  let lineStart = starts[pos.line], next = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  return Math.min(lineStart + pos.character, next);
}
function positionAt(starts, offset) {
  let lo = 0, hi = starts.length - 1;
  for (; lo < hi; ) {
    let mid = lo + hi + 1 >> 1;
    starts[mid] <= offset ? lo = mid : hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
function eolOf(text) {
  let m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : `
`;
}
function isIdentChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function mentions(text, name) {
  let i = text.indexOf(name);
  for (; i >= 0; ) {
    let before3 = text.charCodeAt(i - 1), after = text.charCodeAt(i + name.length);
    if (!isIdentChar(before3) && !isIdentChar(after)) return !0;
    i = text.indexOf(name, i + 1);
  }
  return !1;
}
function displayColumns(s) {
  let col = 0;
  for (let c of s) col = c === "	" ? col + TAB_WIDTH - col % TAB_WIDTH : col + 1;
  return col;
}
function kernelIndent(col) {
  return "	".repeat(Math.floor(col / TAB_WIDTH)) + " ".repeat(col % TAB_WIDTH);
}
function applyEdits(text, edits) {
  let starts = lineStarts(text), spans = edits.map((e, i) => ({ from: offsetAt(starts, text, e.range.start), to: offsetAt(starts, text, e.range.end), text: e.newText, i })).sort((a, b) => a.from - b.from || a.i - b.i), out = "", at = 0;
  for (let sp of spans)
    out += text.slice(at, sp.from) + sp.text, at = Math.max(at, sp.to);
  return out + text.slice(at);
}
var TAB_WIDTH, init_text = __esm({
  "server/src/core/text.ts"() {
    "use strict";
    TAB_WIDTH = 8;
  }
});

// server/src/core/cSignature.ts
function collapse(s) {
  return s.replace(/\s+/g, " ").trim();
}
function declaratorName(decl) {
  let d = decl;
  for (; d; ) {
    if (d.type === "identifier") return d;
    if (d.type === "function_declarator" || d.type === "pointer_declarator" || d.type === "parenthesized_declarator" || d.type === "array_declarator" || d.type === "attributed_declarator")
      d = d.childForFieldName("declarator") ?? d.namedChildren.find((c) => c.type.endsWith("declarator") || c.type === "identifier") ?? null;
    else
      return;
  }
}
function functionDeclarator(decl) {
  let d = decl;
  for (; d && d.type !== "function_declarator"; ) d = d.childForFieldName("declarator");
  return d ?? void 0;
}
function functionParams(text, fnDecl) {
  let params = [], variadic = !1;
  for (let p of fnDecl.childForFieldName("parameters")?.namedChildren ?? []) {
    if (p.type === "variadic_parameter") {
      variadic = !0;
      continue;
    }
    if (p.type !== "parameter_declaration") continue;
    let ptext = collapse(text.slice(p.startIndex, p.endIndex));
    ptext !== "void" && params.push({ text: ptext, name: declaratorName(p.childForFieldName("declarator"))?.text });
  }
  return !variadic && fnDecl.childForFieldName("parameters")?.children.some((c) => c.type === "...") && (variadic = !0), { params, variadic };
}
function definitionStart(text, masked, nodeStart) {
  let i = nodeStart;
  for (; i > 0 && /\s/.test(masked[i - 1]); ) i--;
  for (; i < nodeStart && /\s/.test(text[i]); ) i++;
  return i;
}
function tidyType(s) {
  return collapse(s).replace(/\s*\*\s*$/, " *").replace(/\s+\*/g, " *").replace(/\*\s+\*/g, "**");
}
function wrapperReturnType(head, maskedHead, kept = KEPT_ANNOTATIONS) {
  let out = "", i = 0;
  for (; i < head.length; ) {
    if (maskedHead[i] === head[i] || /\s/.test(head[i])) {
      out += head[i++];
      continue;
    }
    let j = i;
    for (; j < head.length && maskedHead[j] !== head[j]; ) j++;
    let annotation = head.slice(i, j), word = /^\w+/.exec(annotation)?.[0] ?? "";
    kept.has(word) && (out += annotation), i = j;
  }
  return tidyType(out.replace(STORAGE_WORDS, " "));
}
var ADDRESS_SPACES, KEPT_ANNOTATIONS, STORAGE_WORDS, init_cSignature = __esm({
  "server/src/core/cSignature.ts"() {
    "use strict";
    ADDRESS_SPACES = /* @__PURE__ */ new Set(["__user", "__iomem", "__percpu", "__rcu"]), KEPT_ANNOTATIONS = /* @__PURE__ */ new Set([...ADDRESS_SPACES, "__force", "__must_check", "__malloc", "__alloc_size", "__realloc_size"]), STORAGE_WORDS = /\b(?:static|inline|extern)\b/g;
  }
});

// server/src/core/index/headerScan.ts
function lineBreaks(text, from, to) {
  let n = 0;
  if (!text.includes("\r")) {
    for (let i = text.indexOf(`
`, from); i >= 0 && i < to; i = text.indexOf(`
`, i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) && n++;
  }
  return n;
}
function parseIncludes(text) {
  let out = [], line = 0, counted = 0;
  for (let m of text.matchAll(INCLUDE_RE)) {
    line += lineBreaks(text, counted, m.index), counted = m.index;
    let start = m[1].length;
    out.push({
      name: m[3] ?? m[4],
      system: m[3] !== void 0,
      line,
      range: { start: { line, character: start }, end: { line, character: start + m[2].length } }
    });
  }
  return out;
}
function hasStatic(node) {
  return node.children.some((c) => c.type === "storage_class_specifier" && c.text === "static");
}
function declaredFunction(node) {
  let fn = functionDeclarator(node.childForFieldName("declarator")), inner = fn?.childForFieldName("declarator");
  if (!(!fn || inner?.type !== "identifier"))
    return { name: inner, fn };
}
function isBlank(c) {
  return c === " " || c === "	";
}
function docAbove(text, start) {
  let end = start;
  for (; isBlank(text[end - 1]); ) end--;
  for (text.startsWith(`\r
`, end - 2) ? end -= 2 : (text[end - 1] === `
` || text[end - 1] === "\r") && end--; isBlank(text[end - 1]); ) end--;
  if (text.startsWith("*/", end - 2)) {
    let open = text.lastIndexOf("/*", end - 2);
    return open >= 0 ? text.slice(open, end) : void 0;
  }
  let first = -1;
  for (let lineEnd = end; ; ) {
    let lineStart = lineEnd > 0 ? Math.max(text.lastIndexOf(`
`, lineEnd - 1), text.lastIndexOf("\r", lineEnd - 1)) + 1 : 0;
    if (!/^[ \t]*\/\//.test(text.slice(lineStart, lineEnd)) || (first = lineStart, lineStart === 0)) break;
    lineEnd = text.startsWith(`\r
`, lineStart - 2) ? lineStart - 2 : lineStart - 1;
  }
  return first < 0 ? void 0 : text.slice(first, end).trimEnd();
}
function* declarations(tree) {
  for (let n of descendantsOf([tree.rootNode], DECLARATION_TYPES, [...DECLARATION_TYPES, "compound_statement"])) {
    if (n.type === "preproc_function_def") {
      let name = n.childForFieldName("name"), params = n.childForFieldName("parameters");
      name && params && (yield { kind: "macro", node: n, name, params });
      continue;
    }
    let decl = declaredFunction(n);
    !decl || n.type === "function_definition" !== hasStatic(n) || (yield { kind: n.type === "function_definition" ? "static-inline" : "extern", node: n, name: decl.name, fn: decl.fn });
  }
}
function declaredNames(text) {
  let names = /* @__PURE__ */ new Set();
  for (let d of declarations(parseC(maskKernelAnnotations(text)))) names.add(d.name.text);
  return names;
}
function scanHeader(file, include, text) {
  let masked = maskKernelAnnotations(text), out = [];
  for (let d of declarations(parseC(masked))) {
    let n = d.node;
    if (d.kind === "macro") {
      let names = d.params.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text), body = n.childForFieldName("value");
      out.push({
        name: d.name.text,
        kind: "macro",
        file,
        include,
        range: nodeRange(d.name),
        text: collapse(text.slice(n.startIndex, d.params.endIndex)),
        params: names.map((p) => ({ text: p, name: p })),
        variadic: /\.\.\.\s*\)$/.test(d.params.text),
        body: body ? collapse(body.text.replace(/\\\r?\n/g, " ")) : void 0,
        doc: docAbove(text, n.startIndex)
      });
      continue;
    }
    let start = definitionStart(text, masked, n.startIndex), { params, variadic } = functionParams(text, d.fn), end = d.kind === "static-inline" ? n.childForFieldName("body")?.startIndex ?? n.endIndex : n.endIndex;
    out.push({
      name: d.name.text,
      kind: d.kind,
      file,
      include,
      range: nodeRange(d.name),
      text: collapse(text.slice(start, end)),
      returnType: wrapperReturnType(text.slice(start, d.name.startIndex), masked.slice(start, d.name.startIndex)),
      params,
      variadic,
      doc: docAbove(text, start)
    });
  }
  return out;
}
function frameConditions(stack) {
  return stack.flatMap((f) => [...f.previous.map((c) => `!(${c})`), ...f.current === void 0 ? [] : [f.current]]);
}
function directiveArgument(text, arg, end) {
  let full = arg;
  for (let at = end; full.endsWith("\\") && at < text.length; ) {
    let start = at + (text.startsWith(`\r
`, at) ? 2 : 1);
    LINE_END_RE.lastIndex = start, at = LINE_END_RE.exec(text)?.index ?? text.length, full = `${full.slice(0, -1)} ${text.slice(start, at)}`;
  }
  return full.replace(/\/\*.*?\*\/|\/\/.*$/g, " ").replace(/\/\*.*$/, "").replace(/\s+/g, " ").trim();
}
function blockComments(text) {
  let out = [];
  for (let i = text.indexOf("/*"); i >= 0; ) {
    let end = text.indexOf("*/", i + 2);
    if (out.push([i, end < 0 ? text.length : end + 2]), end < 0) break;
    i = text.indexOf("/*", end + 2);
  }
  return out;
}
function lineCounter(text) {
  if (/\r(?!\n)/.test(text)) {
    let starts = lineStarts(text);
    return (offset) => positionAt(starts, offset).line;
  }
  let line = 0, at = 0;
  return (offset) => {
    for (let i = text.indexOf(`
`, at); i >= 0 && i < offset; i = text.indexOf(`
`, i + 1)) line++;
    return at = offset, line;
  };
}
function scanTypedefs(text) {
  let out = [], stack = [], comments = blockComments(text), comment = 0, lineAt;
  FIRST_LINE_RE.lastIndex = 0, SCANNED_LINE_RE.lastIndex = 0;
  let first = FIRST_LINE_RE.exec(text);
  for (let m = first ?? SCANNED_LINE_RE.exec(text); m; m = SCANNED_LINE_RE.exec(text)) {
    let lineStart = m === first ? 0 : m.index + 1, line = text.slice(lineStart, m.index + m[0].length), at = lineStart + line.length - line.trimStart().length;
    for (; comment < comments.length && comments[comment][1] <= at; ) comment++;
    if (comment < comments.length && comments[comment][0] <= at) continue;
    let directive = DIRECTIVE_RE.exec(line);
    if (directive) {
      let [, kind, rawArg] = directive, arg = directiveArgument(text, rawArg, m.index + m[0].length), top = stack[stack.length - 1];
      kind === "ifdef" ? stack.push({ previous: [], current: `defined(${arg})` }) : kind === "ifndef" ? stack.push({ previous: [], current: `!defined(${arg})` }) : kind === "if" ? stack.push({ previous: [], current: arg }) : kind === "endif" ? stack.pop() : top && (top.current !== void 0 && top.previous.push(top.current), top.current = kind === "elif" ? arg : void 0);
      continue;
    }
    let rest = TYPEDEF_LINE_RE.exec(line)?.[1];
    if (rest === void 0) continue;
    let decl = /^([^;{}]+?)\s*;/.exec(maskKernelAnnotations(rest.replace(/\/\*.*?\*\/|\/\/.*$/g, " ")))?.[1].replace(/\s+/g, " ").trim(), name = decl && /(\w+)$/.exec(decl)?.[1];
    if (!decl || !name || /[()[\]]/.test(decl)) continue;
    let type = decl.slice(0, decl.length - name.length).trim();
    type && (lineAt ??= lineCounter(text), out.push({ name, type, conditions: frameConditions(stack), line: lineAt(at) }));
  }
  return out;
}
var INCLUDE_RE, DECLARATION_TYPES, SCANNED_LINE_RE, FIRST_LINE_RE, DIRECTIVE_RE, TYPEDEF_LINE_RE, LINE_END_RE, init_headerScan = __esm({
  "server/src/core/index/headerScan.ts"() {
    "use strict";
    init_cSource();
    init_parse();
    init_cSignature();
    init_text();
    INCLUDE_RE = /(?<![^\r\n])([^\S\r\n]*#[^\S\r\n]*include[^\S\r\n]*)(<([^>\r\n]+)>|"([^"\r\n]+)")/g;
    DECLARATION_TYPES = ["preproc_function_def", "function_definition", "declaration"];
    SCANNED_LINE_RE = /[\r\n][ \t]*(?:#[ \t]*(?:if|el|endif)|(?:__extension__[ \t]+)?typedef\b)[^\r\n]*/g, FIRST_LINE_RE = /[ \t]*(?:#[ \t]*(?:if|el|endif)|(?:__extension__[ \t]+)?typedef\b)[^\r\n]*/y, DIRECTIVE_RE = /^[ \t]*#[ \t]*(ifdef|ifndef|if|elif|else|endif)\b(.*)$/, TYPEDEF_LINE_RE = /^[ \t]*(?:__extension__[ \t]+)?typedef\b(.*)$/, LINE_END_RE = /[\r\n]/g;
  }
});

// server/src/core/index/helpers.ts
function unfinishedMarker(helper) {
  return `#error "${helper}: replace each ${TODO_TYPE} with the C type, then remove this line"`;
}
function firstCall(stmt) {
  let e = stmt.type === "return_statement" || stmt.type === "expression_statement" ? stmt.namedChildren[0] ?? null : null;
  for (; e && (e.type === "cast_expression" || e.type === "parenthesized_expression"); )
    e = e.type === "cast_expression" ? e.childForFieldName("value") : e.namedChildren[0] ?? null;
  return e?.type === "call_expression" ? e : void 0;
}
function indexHelperFile(file, text, tree = parseKernelC(text)) {
  let masked = maskKernelAnnotations(text), helpers = [], headerIncludes = parseIncludes(text).filter((inc) => inc.system), exported = /* @__PURE__ */ new Set();
  for (let m of text.matchAll(/^\s*EXPORT_SYMBOL(?:_GPL)?\s*\(\s*(\w+)\s*\)/gm)) exported.add(m[1]);
  walkNamed(tree.rootNode, (n) => {
    if (n.type === "preproc_include") return !1;
    if (n.type !== "function_definition") return !0;
    let declarator = n.childForFieldName("declarator"), nameNode = declaratorName(declarator);
    if (!nameNode || !nameNode.text.startsWith(HELPER_PREFIX)) return !1;
    let fnDecl = functionDeclarator(declarator), params = fnDecl ? functionParams(text, fnDecl).params : [], start = definitionStart(text, masked, n.startIndex), head = text.slice(start, nameNode.startIndex), returnType = wrapperReturnType(head, masked.slice(start, nameNode.startIndex), ADDRESS_SPACES), stmts = n.childForFieldName("body")?.namedChildren.filter((c) => c.type !== "comment") ?? [], callee = (stmts.length === 1 ? firstCall(stmts[0]) : void 0)?.childForFieldName("function"), name = nameNode.text;
    return helpers.push({
      name,
      rustName: name.slice(HELPER_PREFIX.length),
      file,
      nameRange: nodeRange(nameNode),
      definitionRange: { start: positionAt(lineStarts(text), start), end: nodeRange(n).end },
      returnType,
      params,
      forwardsTo: callee?.type === "identifier" ? callee.text : void 0,
      forwardsToRange: callee?.type === "identifier" ? nodeRange(callee) : void 0,
      hasRustHelper: /\b__rust_helper\b/.test(head),
      rustHelperOwnLine: /^__rust_helper[ \t]*(?:\r\n|\r|\n)/.test(head),
      hasExport: exported.has(name)
    }), !1;
  });
  let starts = lineStarts(text), unfinished = [...text.matchAll(UNFINISHED_RE)].map((m) => ({ rustName: m[1], file, line: positionAt(starts, m.index).line }));
  return {
    file,
    helpers,
    headers: headerIncludes.map((inc) => inc.name),
    headerIncludes,
    unfinished,
    end: positionAt(starts, text.length),
    eol: eolOf(text)
  };
}
function marksOwnLine(helpers) {
  let marked = helpers.filter((h) => h.hasRustHelper);
  return marked.filter((h) => h.rustHelperOwnLine).length * 2 > marked.length;
}
function parseHelperIncludes(text) {
  return parseIncludes(text).filter((inc) => !inc.system).map(({ name, line, range }) => ({ name, line, range }));
}
function buildHelperIndex(mainFile, sources, indexFile = (src) => indexHelperFile(src.file, src.text)) {
  let files = /* @__PURE__ */ new Map(), byName = /* @__PURE__ */ new Map(), byRustName = /* @__PURE__ */ new Map(), unfinished = /* @__PURE__ */ new Map(), includes = [], mainBase = path.basename(mainFile);
  for (let src of sources) {
    let hf = indexFile(src);
    files.set(src.file, hf), src.file === mainFile && mainBase === "helpers.c" && path.basename(path.dirname(mainFile)) === "helpers" && (includes = parseHelperIncludes(src.text));
    for (let h of hf.helpers)
      byName.set(h.name, h), byRustName.set(h.rustName, h);
    for (let u of hf.unfinished) unfinished.set(u.rustName, u);
  }
  return { mainFile, files, includes, byName, byRustName, unfinished };
}
function isIncludedByMain(index, file) {
  if (file === index.mainFile) return !0;
  if (path.dirname(file) !== path.dirname(index.mainFile)) return !1;
  let base = path.basename(file);
  return index.includes.some((inc) => inc.name === base);
}
var path, HELPER_PREFIX, TODO_TYPE, UNFINISHED_RE, init_helpers = __esm({
  "server/src/core/index/helpers.ts"() {
    "use strict";
    path = __toESM(require("node:path"));
    init_cSource();
    init_text();
    init_headerScan();
    init_parse();
    init_cSignature();
    HELPER_PREFIX = "rust_helper_", TODO_TYPE = "/* TODO: type */";
    UNFINISHED_RE = /^[ \t]*#[ \t]*error "rust_helper_(\w+): replace each \/\* TODO: type \*\/ with the C type/gm;
  }
});

// server/src/core/archTable.ts
function isArch(s) {
  return ALL_ARCHES.includes(s);
}
function isCTypeName(s) {
  return Object.prototype.hasOwnProperty.call(C_SPELLING, s);
}
function abiCharSigned(arch) {
  return ABI[arch].charSigned;
}
function pointerBits(arch) {
  return ABI[arch].bits;
}
function kernelArchName(arch) {
  return ABI[arch].kernelName;
}
function archesOfKernelName(name) {
  return ALL_ARCHES.filter((a) => ABI[a].kernelName === name);
}
function kernelMapping(name) {
  return name === "c_char" ? "u8" : name === "c_long" ? "isize" : "usize";
}
function cTypeToRust(name, arch, mapping) {
  let fixed = FIXED[name];
  if (fixed) return fixed;
  let perArch2 = name;
  if (mapping === "kernel") return kernelMapping(perArch2);
  let abi = ABI[arch];
  return perArch2 === "c_char" ? abi.charSigned ? "i8" : "u8" : perArch2 === "c_long" ? abi.bits === 64 ? "i64" : "i32" : abi.bits === 64 ? "u64" : "u32";
}
function cTypeOnUnknownArch(name, mapping) {
  return FIXED[name] ?? (mapping === "kernel" ? kernelMapping(name) : void 0);
}
function cTypeNameOf(spelling2) {
  let words2 = spelling2.replace(/\b__signed__\b/g, "signed").split(/\s+/).filter((w) => w && w !== "const" && w !== "volatile");
  if (!words2.length || !words2.every((w) => C_TYPE_WORDS.has(w))) return;
  let has = (w) => words2.includes(w), longs = words2.filter((w) => w === "long").length, unsigned = has("unsigned");
  return has("float") ? words2.length === 1 ? "c_float" : void 0 : has("double") ? words2.length === 1 ? "c_double" : void 0 : has("char") ? unsigned ? "c_uchar" : has("signed") ? "c_schar" : "c_char" : has("short") ? unsigned ? "c_ushort" : "c_short" : longs === 2 ? unsigned ? "c_ulonglong" : "c_longlong" : longs === 1 ? unsigned ? "c_ulong" : "c_long" : longs === 0 ? unsigned ? "c_uint" : "c_int" : void 0;
}
function primitiveSizeOnAnyArch(p) {
  switch (p) {
    case "i8":
    case "u8":
    case "bool":
      return 1;
    case "i16":
    case "u16":
      return 2;
    case "i32":
    case "u32":
    case "f32":
    case "char":
      return 4;
    case "i64":
    case "u64":
    case "f64":
      return 8;
    case "i128":
    case "u128":
      return 16;
    case "isize":
    case "usize":
      return;
  }
}
function primitiveSize(p, arch) {
  return primitiveSizeOnAnyArch(p) ?? pointerBits(arch) / 8;
}
function isSigned(p) {
  return p.startsWith("i") || p === "f32" || p === "f64";
}
var ALL_ARCHES, DEFAULT_ARCHES, PRIMITIVES, C_SPELLING, ABI, FIXED, C_TYPE_WORDS, init_archTable = __esm({
  "server/src/core/archTable.ts"() {
    "use strict";
    ALL_ARCHES = ["arm", "arm64", "loongarch64", "powerpc", "powerpc64", "riscv64", "s390x", "um", "x86_64"], DEFAULT_ARCHES = ALL_ARCHES;
    PRIMITIVES = /* @__PURE__ */ new Set([
      "i8",
      "u8",
      "i16",
      "u16",
      "i32",
      "u32",
      "i64",
      "u64",
      "i128",
      "u128",
      "isize",
      "usize",
      "f32",
      "f64",
      "bool",
      "char"
    ]), C_SPELLING = {
      c_char: "char",
      c_schar: "signed char",
      c_uchar: "unsigned char",
      c_short: "short",
      c_ushort: "unsigned short",
      c_int: "int",
      c_uint: "unsigned int",
      c_long: "long",
      c_ulong: "unsigned long",
      c_longlong: "long long",
      c_ulonglong: "unsigned long long",
      c_float: "float",
      c_double: "double"
    };
    ABI = {
      arm: { bits: 32, charSigned: !1, kernelName: "arm" },
      arm64: { bits: 64, charSigned: !1, kernelName: "arm64" },
      loongarch64: { bits: 64, charSigned: !0, kernelName: "loongarch" },
      powerpc: { bits: 32, charSigned: !1, kernelName: "powerpc" },
      powerpc64: { bits: 64, charSigned: !1, kernelName: "powerpc" },
      riscv64: { bits: 64, charSigned: !1, kernelName: "riscv" },
      s390x: { bits: 64, charSigned: !1, kernelName: "s390" },
      um: { bits: 64, charSigned: !0, kernelName: "um" },
      x86_64: { bits: 64, charSigned: !0, kernelName: "x86" }
    };
    FIXED = {
      c_schar: "i8",
      c_uchar: "u8",
      c_short: "i16",
      c_ushort: "u16",
      c_int: "i32",
      c_uint: "u32",
      c_longlong: "i64",
      c_ulonglong: "u64",
      c_float: "f32",
      c_double: "f64"
    };
    C_TYPE_WORDS = /* @__PURE__ */ new Set(["unsigned", "signed", "char", "short", "int", "long", "float", "double"]);
  }
});

// server/src/core/tree.ts
function generatedInput(kind, layout) {
  return kind === "bindings" ? BINDINGS_HELPER_H : kind === "uapi" ? UAPI_HELPER_H : layout === "split" ? HELPERS_C : LEGACY_HELPERS_C;
}
function archesOfLine(name, constraints) {
  let known = archesOfKernelName(name);
  if (!known.length) return isArch(name) ? { arches: [name], unknown: [] } : { arches: [], unknown: [name] };
  let named = [...constraints.matchAll(/``([a-z0-9_]+)``/g)].map((m) => m[1]).filter((n) => known.includes(n));
  if (named.length) return { arches: named, unknown: [] };
  let sizes = [...new Set([...constraints.matchAll(/\b(32|64)-bit\b/g)].map((m) => Number(m[1])))];
  return sizes.length ? {
    arches: known.filter((a) => sizes.includes(pointerBits(a))),
    unknown: sizes.filter((b) => !known.some((a) => pointerBits(a) === b)).map((b) => `${name} (${b}-bit)`)
  } : { arches: known, unknown: [] };
}
function parseArchSupport(text) {
  let arches = /* @__PURE__ */ new Set(), unknown3 = /* @__PURE__ */ new Set(), constraintsColumn, rows = [];
  for (let line of text.split(/\r?\n/)) {
    if (/^=+(\s+=+){2,}\s*$/.test(line)) {
      constraintsColumn = [...line.matchAll(/=+/g)][2].index;
      continue;
    }
    let m = /^``([a-z0-9_]+)``\s/.exec(line);
    m ? rows.push({ name: m[1], constraints: constraintsColumn === void 0 ? "" : line.slice(constraintsColumn).trim() }) : rows.length && constraintsColumn !== void 0 && /^\s+\S/.test(line) && !line.slice(0, constraintsColumn).trim() && (rows[rows.length - 1].constraints += ` ${line.trim()}`);
  }
  for (let row of rows) {
    let { arches: a, unknown: u } = archesOfLine(row.name, row.constraints);
    a.forEach((x) => arches.add(x)), u.forEach((x) => unknown3.add(x));
  }
  return { arches: [...arches].sort(), unknown: [...unknown3] };
}
function parseKernelVersion(makefile) {
  let get = (k) => new RegExp(`^${k}\\s*=\\s*(\\S*)`, "m").exec(makefile)?.[1], v = get("VERSION"), p = get("PATCHLEVEL");
  if (!v || !p) return;
  let s = get("SUBLEVEL");
  return s ? `${v}.${p}.${s}` : `${v}.${p}`;
}
function parseUnsignedChar(makefile) {
  let unsigned = !1;
  for (let line of makefile.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
    let m = /^\s*KBUILD_CFLAGS\s*(\+|::?|\?)?=([^#]*)/.exec(line);
    if (m) {
      m[1] !== "+" && m[1] !== "?" && (unsigned = !1);
      for (let flag of m[2].split(/\s+/))
        flag === "-funsigned-char" || flag === "-fno-signed-char" ? unsigned = !0 : (flag === "-fsigned-char" || flag === "-fno-unsigned-char") && (unsigned = !1);
    }
  }
  return unsigned;
}
function cCharSigned(model, arch) {
  return !model.unsignedChar && abiCharSigned(arch);
}
function kindFromName(name) {
  if (name === "bindings" || name === "uapi" || name === "ffi" || name === "kernel") return name;
  if (SUPPORT_CRATES.has(name)) return "support";
}
function leafKindFromPath(rel2) {
  return rel2.startsWith("samples/rust/hostprogs/") ? "host" : rel2.startsWith("samples/") ? "sample" : /(^|\/)(tests?|kunit)\//.test(rel2) || /(^|_)test(_rust)?\.rs$|(^|\/)test_[^/]*\.rs$|_kunit\.rs$/.test(rel2) ? "test" : "driver";
}
function crateFromPath(rel2) {
  let stem2 = path2.posix.basename(rel2, ".rs");
  return rel2.startsWith("rust/bindings/") ? { name: "bindings", kind: "bindings" } : rel2.startsWith("rust/uapi/") ? { name: "uapi", kind: "uapi" } : rel2 === "rust/ffi.rs" ? { name: "ffi", kind: "ffi" } : rel2.startsWith("rust/kernel/") ? { name: "kernel", kind: "kernel" } : rel2.startsWith("rust/") ? { name: rel2.split("/")[1].replace(/\.rs$/, "").replace(/-/g, "_"), kind: "support" } : { name: stem2, kind: leafKindFromPath(rel2) };
}
function crateRootsFromRustProject(json, srctree) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return;
  }
  if (!Array.isArray(parsed.crates)) return;
  let roots = [];
  for (let c of parsed.crates) {
    if (!c.root_module || !c.display_name) continue;
    let rootModule = path2.resolve(srctree, c.root_module), rel2 = path2.relative(srctree, rootModule).split(path2.sep).join("/");
    if (rel2.startsWith("..")) continue;
    let kind = kindFromName(c.display_name) ?? leafKindFromPath(rel2), dirs = c.source?.include_dirs?.length ? c.source.include_dirs : [path2.dirname(rootModule)];
    for (let d of dirs)
      roots.push({ name: c.display_name, kind, prefix: path2.resolve(srctree, d) + path2.sep, rootModule });
  }
  return roots;
}
function buildTreeModel(facts) {
  let doc = facts.archSupportText ? parseArchSupport(facts.archSupportText) : { arches: [], unknown: [] }, [arches, unknownArches, archesSource] = facts.overrides?.arches?.length ? [[...facts.overrides.arches].sort(), [], "setting"] : doc.arches.length || doc.unknown.length ? [doc.arches, doc.unknown, "Documentation/rust/arch-support.rst"] : [[...DEFAULT_ARCHES], [], "default"], [mapping, mappingSource] = facts.overrides?.mapping ? [facts.overrides.mapping, "setting"] : facts.ffiRsExists ? ["kernel", "rust/ffi.rs"] : ["core", "no rust/ffi.rs"], [unsignedChar, unsignedCharSource] = facts.makefileText !== void 0 ? [parseUnsignedChar(facts.makefileText), "Makefile"] : facts.ffiRsExists ? [!0, "rust/ffi.rs"] : [!1, "default"], crateRoots = facts.rustProjectJson ? crateRootsFromRustProject(facts.rustProjectJson, facts.srctree) : void 0;
  return {
    srctree: facts.srctree,
    objtree: facts.objtree,
    objtreeSource: facts.objtreeSource,
    kernelVersion: facts.makefileText ? parseKernelVersion(facts.makefileText) : void 0,
    helperLayout: facts.splitHelpers ? "split" : "single",
    rustHelperDefined: facts.rustHelperDefinitionTexts.some((t) => /^\s*#\s*define\s+__rust_helper\b/m.test(t)),
    mapping,
    mappingSource,
    arches,
    unknownArches,
    archesSource,
    unsignedChar,
    unsignedCharSource,
    generated: { ...facts.generated },
    generatedInputs: { ...facts.generatedInputs },
    cratesSource: crateRoots?.length ? "rust-project.json" : "paths",
    crateRoots: crateRoots ?? []
  };
}
function treeArchNames(model) {
  return [...model.arches, ...model.unknownArches];
}
function relativeToTree(model, file) {
  return path2.relative(model.srctree, file).split(path2.sep).join("/");
}
function generatedPath(model, kind) {
  return path2.join(model.objtree, GENERATED_FILES[kind]);
}
function generatedKindOf(model, file) {
  for (let kind of Object.keys(GENERATED_FILES))
    if (path2.resolve(file) === path2.resolve(generatedPath(model, kind))) return kind;
}
function isGeneratedFile(model, file) {
  return file.endsWith("_generated.rs") || generatedKindOf(model, file) !== void 0;
}
function crateOf(model, file) {
  let abs = path2.resolve(file), best;
  for (let root of model.crateRoots) {
    if (abs === root.rootModule) return { name: root.name, kind: root.kind };
    abs.startsWith(root.prefix) && (!best || root.prefix.length > best.prefix.length) && (best = root);
  }
  return best ? { name: best.name, kind: best.kind } : crateFromPath(relativeToTree(model, abs));
}
function isLeafCrate(kind) {
  return kind === "driver" || kind === "sample" || kind === "test";
}
function isHelperFile(model, file) {
  let rel2 = relativeToTree(model, file);
  return model.helperLayout === "single" ? rel2 === LEGACY_HELPERS_C : path2.posix.dirname(rel2) === HELPERS_DIR && rel2.endsWith(".c");
}
var path2, GENERATED_FILES, HELPERS_DIR, HELPERS_C, LEGACY_HELPERS_C, BINDINGS_HELPER_H, UAPI_HELPER_H, ARCH_SUPPORT_RST, FFI_RS, SUPPORT_CRATES, init_tree = __esm({
  "server/src/core/tree.ts"() {
    "use strict";
    path2 = __toESM(require("node:path"));
    init_archTable();
    GENERATED_FILES = {
      bindings: "rust/bindings/bindings_generated.rs",
      helpers: "rust/bindings/bindings_helpers_generated.rs",
      uapi: "rust/uapi/uapi_generated.rs"
    };
    HELPERS_DIR = "rust/helpers", HELPERS_C = "rust/helpers/helpers.c", LEGACY_HELPERS_C = "rust/helpers.c", BINDINGS_HELPER_H = "rust/bindings/bindings_helper.h", UAPI_HELPER_H = "rust/uapi/uapi_helper.h", ARCH_SUPPORT_RST = "Documentation/rust/arch-support.rst", FFI_RS = "rust/ffi.rs";
    SUPPORT_CRATES = /* @__PURE__ */ new Set([
      "macros",
      "pin_init",
      "pin_init_internal",
      "build_error",
      "compiler_builtins",
      "core",
      "alloc",
      "std",
      "proc_macro"
    ]);
  }
});

// server/src/core/rules/helperFile.ts
function helpersInFile(ctx) {
  let helpers = cache.get(ctx.tree);
  return helpers || (helpers = indexHelperFile(ctx.file, ctx.text, ctx.tree).helpers, cache.set(ctx.tree, helpers)), helpers;
}
var cache, init_helperFile = __esm({
  "server/src/core/rules/helperFile.ts"() {
    "use strict";
    init_helpers();
    cache = /* @__PURE__ */ new WeakMap();
  }
});

// server/src/core/rules/missingRustHelper.ts
function realignParams(ctx, h, lines) {
  let nameLine = h.nameRange.start.line, paren = lines[nameLine].indexOf("(", h.nameRange.end.character);
  if (paren < 0) return [];
  let starts = lineStarts(ctx.text), depth = 0, close = -1;
  for (let i = starts[nameLine] + paren; i < ctx.text.length && close < 0; i++)
    ctx.text[i] === "(" ? depth++ : ctx.text[i] === ")" && --depth === 0 && (close = i);
  if (close < 0) return [];
  let aligned = displayColumns(lines[nameLine].slice(0, paren)) + 1, indent = kernelIndent(aligned + MARK.length + 1), edits = [];
  for (let line = nameLine + 1; line <= positionAt(starts, close).line; line++) {
    let ws = /^[ \t]*/.exec(lines[line])[0];
    ws.length === lines[line].length || displayColumns(ws) !== aligned || edits.push({ range: { start: { line, character: 0 }, end: { line, character: ws.length } }, newText: indent });
  }
  return edits;
}
function addMark(ctx, h, lines, ownLine) {
  let at = h.definitionRange.start, edits = ownLine && at.character === 0 ? [{ range: { start: at, end: at }, newText: MARK + ctx.eol }] : [
    { range: { start: at, end: at }, newText: `${MARK} ` },
    ...h.nameRange.start.line === at.line ? realignParams(ctx, h, lines) : []
  ];
  return { title: `Add \`${MARK}\` to \`${h.name}\``, edits: [{ file: ctx.file, edits }] };
}
var MARK, missingRustHelper, init_missingRustHelper = __esm({
  "server/src/core/rules/missingRustHelper.ts"() {
    "use strict";
    init_helpers();
    init_tree();
    init_helperFile();
    init_text();
    MARK = "__rust_helper";
    missingRustHelper = {
      meta: {
        code: "missing-rust-helper",
        language: "c",
        defaultSeverity: "warning",
        description: "A C helper lacks `__rust_helper`, so it cannot be inlined into Rust.",
        fixable: !0,
        machineFix: !0
      },
      check(ctx) {
        if (!ctx.model.rustHelperDefined || !isHelperFile(ctx.model, ctx.file)) return;
        let helpers = helpersInFile(ctx);
        if (helpers.every((h) => h.hasRustHelper)) return;
        let lines = splitLines2(ctx.text), ownLine = marksOwnLine(helpers);
        for (let h of helpers)
          h.hasRustHelper || ctx.report({
            range: h.nameRange,
            message: `\`${h.name}\` lacks \`__rust_helper\`: this tree defines it, and without it the helper is not inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every \`bindings::${h.rustName}\` call stays a real function call`,
            fixes: [addMark(ctx, h, lines, ownLine)]
          });
      }
    };
  }
});

// server/src/core/includeOrder.ts
function stem(name) {
  return name.toLowerCase().replace(/\.[a-z0-9]+$/, "");
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareWords(a, b) {
  let wa = stem(a).split(SEPARATOR), wb = stem(b).split(SEPARATOR);
  for (let k = 0; k < Math.min(wa.length, wb.length); k++)
    if (wa[k] !== wb[k]) return compareStrings(wa[k], wb[k]);
  return wa.length - wb.length;
}
function compareLetters(a, b) {
  return compareStrings(stem(a).replace(SEPARATORS, ""), stem(b).replace(SEPARATORS, ""));
}
function orderOf(separators) {
  let primary = separators === "break" ? compareWords : compareLetters;
  return { compare: (a, b) => primary(a, b) || compareStrings(a, b) };
}
function linesInPlace(names, order) {
  let n = names.length, rank2 = new Array(n);
  sortedIndices(names, order).forEach((i, r) => {
    rank2[i] = r;
  });
  let length = new Array(n), cost = new Array(n), prev = new Array(n).fill(-1), best = -1;
  for (let i = 0; i < n; i++) {
    length[i] = 1, cost[i] = 0;
    for (let j = 0; j < i; j++)
      order.compare(names[j], names[i]) > 0 || (length[j] + 1 > length[i] || length[j] + 1 === length[i] && cost[j] < cost[i]) && (length[i] = length[j] + 1, cost[i] = cost[j], prev[i] = j);
    cost[i] += Math.abs(i - rank2[i]), (best < 0 || length[i] > length[best] || length[i] === length[best] && cost[i] < cost[best]) && (best = i);
  }
  let kept = new Array(n).fill(!1);
  for (let i = best; i >= 0; i = prev[i]) kept[i] = !0;
  return kept;
}
function includeOrderOf(names) {
  let inPlace = (o) => linesInPlace(names, o).filter(Boolean).length, words2 = orderOf("break"), letters = orderOf("ignored");
  return inPlace(letters) > inPlace(words2) ? letters : words2;
}
function sortedIndices(names, order) {
  return names.map((_, i) => i).sort((a, b) => order.compare(names[a], names[b]) || a - b);
}
function insertionIndex(names, name) {
  let order = includeOrderOf(names), kept = linesInPlace(names, order), i = names.findIndex((n, k) => kept[k] && order.compare(n, name) > 0);
  return i < 0 ? names.length : i;
}
var SEPARATOR, SEPARATORS, init_includeOrder = __esm({
  "server/src/core/includeOrder.ts"() {
    "use strict";
    SEPARATOR = /[-_/.]+/, SEPARATORS = /[-_/.]+/g;
  }
});

// server/src/core/rules/helperEdits.ts
function insertSortedInclude(file, includes, name, system, eol) {
  if (!includes.length) return;
  let at = insertionIndex(includes.map((inc) => inc.name), name), line = at < includes.length ? includes[at].line : includes[includes.length - 1].line + 1, spelled = system ? `<${name}>` : `"${name}"`;
  return { file, edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `#include ${spelled}${eol}` }] };
}
function insertHelperInclude(index, name, eol) {
  return insertSortedInclude(index.mainFile, index.includes, name, !1, eol);
}
var init_helperEdits = __esm({
  "server/src/core/rules/helperEdits.ts"() {
    "use strict";
    init_includeOrder();
  }
});

// server/src/core/rules/helperNotIncluded.ts
var path3, helperNotIncluded, init_helperNotIncluded = __esm({
  "server/src/core/rules/helperNotIncluded.ts"() {
    "use strict";
    path3 = __toESM(require("node:path"));
    init_tree();
    init_helpers();
    init_helperEdits();
    init_text();
    helperNotIncluded = {
      meta: {
        code: "helper-not-included",
        language: "c",
        defaultSeverity: "warning",
        description: "A file in rust/helpers/ that helpers.c does not #include, so it is never compiled.",
        fixable: !0,
        machineFix: !0
      },
      check(ctx) {
        let helpers = ctx.index.helpers;
        if (ctx.model.helperLayout !== "split" || !isHelperFile(ctx.model, ctx.file) || ctx.file === helpers.mainFile || isIncludedByMain(helpers, ctx.file)) return;
        let base = path3.basename(ctx.file), firstLine = ctx.text.split(/\r\n|\r|\n/, 1)[0], edit = insertHelperInclude(helpers, base, eolOf(ctx.text));
        ctx.report({
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
          message: `rust/helpers/helpers.c does not \`#include "${base}"\`: Kbuild compiles only helpers.c, so this file is never built and Rust calls to its helpers fail to link`,
          fixes: edit ? [{ title: `Add \`#include "${base}"\` to rust/helpers/helpers.c`, edits: [edit] }] : []
        });
      }
    };
  }
});

// server/src/core/rules/helperIncludesUnsorted.ts
function sortFix(ctx, incs, sorted) {
  let first = incs[0].line, last = incs[incs.length - 1].line;
  if (last - first + 1 !== incs.length) return;
  let lines = splitLines2(ctx.text);
  return {
    title: "Sort the #include lines of helpers.c",
    edits: [{
      file: ctx.file,
      edits: [{
        range: { start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } },
        newText: sorted.map((i) => lines[incs[i].line]).join(ctx.eol)
      }]
    }]
  };
}
function placeOf(incs, sorted, at) {
  let before3 = at > 0 ? `"${incs[sorted[at - 1]].name}"` : void 0, after = at + 1 < sorted.length ? `"${incs[sorted[at + 1]].name}"` : void 0;
  return before3 && after ? `between ${before3} and ${after}` : before3 ? `after ${before3}` : `before ${after}`;
}
var helperIncludesUnsorted, init_helperIncludesUnsorted = __esm({
  "server/src/core/rules/helperIncludesUnsorted.ts"() {
    "use strict";
    init_helpers();
    init_includeOrder();
    init_text();
    init_tree();
    helperIncludesUnsorted = {
      meta: {
        code: "helper-includes-unsorted",
        language: "c",
        defaultSeverity: "warning",
        description: "The #include lines of rust/helpers/helpers.c are not sorted alphabetically.",
        fixable: !0,
        machineFix: !0
      },
      check(ctx) {
        if (ctx.model.helperLayout !== "split" || ctx.rel !== HELPERS_C) return;
        let incs = parseHelperIncludes(ctx.text), names = incs.map((inc) => inc.name), order = includeOrderOf(names), inPlace = linesInPlace(names, order);
        if (inPlace.every(Boolean)) return;
        let sorted = sortedIndices(names, order), fix2 = sortFix(ctx, incs, sorted);
        incs.forEach((inc, i) => {
          inPlace[i] || ctx.report({
            range: inc.range,
            message: `"${inc.name}" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs ${placeOf(incs, sorted, sorted.indexOf(i))}`,
            fixes: fix2 ? [fix2] : []
          });
        });
      }
    };
  }
});

// server/src/core/rules/helperMisnamed.ts
function swappedWords(a, b) {
  if (OPPOSITES.get(a)?.has(b)) return [a, b];
  for (let [x, ys] of OPPOSITES)
    if (!(x.length < MIN_PART))
      for (let i = a.indexOf(x); i >= 0; i = a.indexOf(x, i + 1)) {
        let [prefix, suffix] = [a.slice(0, i), a.slice(i + x.length)];
        for (let y of ys) if (y.length >= MIN_PART && b === prefix + y + suffix) return [x, y];
      }
  for (let [long, short] of [[a, b], [b, a]])
    for (let i = long.indexOf("un"); i >= 0; i = long.indexOf("un", i + 1)) {
      if (long.length - i - 2 < MIN_PART || long.slice(0, i) + long.slice(i + 2) !== short) continue;
      let word = long.slice(i + 2);
      return long === a ? [`un${word}`, word] : [word, `un${word}`];
    }
}
function oppositeOfName(name, callee) {
  let [wa, wb] = [words(name), words(callee)];
  if (wa.length !== wb.length) return;
  let swaps = [];
  for (let k = 0; k < wa.length; k++) {
    if (wa[k] === wb[k]) continue;
    let swap = swappedWords(wa[k], wb[k]);
    if (!swap) return;
    swaps.push(swap);
  }
  return swaps.length ? swaps : void 0;
}
var OPPOSITE_WORDS, OPPOSITES, MIN_PART, words, quoted, helperMisnamed, init_helperMisnamed = __esm({
  "server/src/core/rules/helperMisnamed.ts"() {
    "use strict";
    init_tree();
    init_helperFile();
    OPPOSITE_WORDS = [
      ["inc", "dec"],
      ["increment", "decrement"],
      ["get", "put"],
      ["enable", "disable"],
      ["set", "clear"],
      ["add", "sub"],
      ["add", "del"],
      ["add", "remove"],
      ["start", "stop"],
      ["read", "write"],
      ["to", "from"],
      ["acquire", "release"],
      ["up", "down"],
      ["on", "off"],
      ["save", "restore"],
      ["alloc", "free"],
      ["push", "pop"],
      ["in", "out"],
      ["min", "max"],
      ["first", "last"],
      ["next", "prev"],
      ["open", "close"],
      ["attach", "detach"],
      ["load", "store"],
      ["enter", "exit"],
      ["begin", "end"],
      ["suspend", "resume"]
    ], OPPOSITES = /* @__PURE__ */ new Map();
    for (let [a, b] of OPPOSITE_WORDS)
      for (let [x, y] of [[a, b], [b, a]])
        OPPOSITES.has(x) || OPPOSITES.set(x, /* @__PURE__ */ new Set()), OPPOSITES.get(x).add(y);
    MIN_PART = 3;
    words = (name) => name.toLowerCase().split("_").filter(Boolean);
    quoted = (swaps) => swaps.map(([x, y]) => `\`${y}\` for \`${x}\``).join(" and "), helperMisnamed = {
      meta: {
        code: "helper-misnamed",
        language: "c",
        defaultSeverity: "warning",
        description: "`rust_helper_X` calls the opposite of `X`, or two helpers' bodies are swapped.",
        fixable: !1,
        machineFix: !1
      },
      check(ctx) {
        if (!isHelperFile(ctx.model, ctx.file)) return;
        let helpers = helpersInFile(ctx), byRustName = new Map(helpers.map((h) => [h.rustName, h]));
        for (let h of helpers) {
          if (!h.forwardsTo || !h.forwardsToRange || h.forwardsTo === h.rustName) continue;
          let call = { file: ctx.file, range: h.forwardsToRange, message: `the call to \`${h.forwardsTo}\`` }, sibling = byRustName.get(h.forwardsTo);
          if (sibling && sibling !== h && sibling.forwardsTo === h.rustName) {
            ctx.report({
              range: h.nameRange,
              message: `\`${h.name}\` calls \`${h.forwardsTo}\` and \`${sibling.name}\` (line ${sibling.nameRange.start.line + 1}) calls \`${h.rustName}\`: the two bodies are swapped, so Rust's \`bindings::${h.rustName}\` runs \`${h.forwardsTo}\`; make it call \`${h.rustName}\``,
              related: [call]
            });
            continue;
          }
          let swaps = oppositeOfName(h.rustName, h.forwardsTo);
          swaps && ctx.report({
            range: h.nameRange,
            message: `\`${h.name}\` calls \`${h.forwardsTo}\`, the opposite of \`${h.rustName}\` (${quoted(swaps)}): Rust's \`bindings::${h.rustName}\` does the opposite of what it says; make it call \`${h.rustName}\``,
            related: [call]
          });
        }
      }
    };
  }
});

// server/src/core/model.ts
function lazyFix(title, compute, flags = {}) {
  let edits;
  return {
    title,
    ...flags,
    get edits() {
      return edits ??= compute();
    }
  };
}
function docsAnchor(code2) {
  return `${DOCS_BASE}#${code2}`;
}
var DOCS_BASE, init_model = __esm({
  "server/src/core/model.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/rfl-ffi/rfl-ffi/blob/main/docs/rules.md";
  }
});

// server/src/core/types/rustType.ts
function pathType(...segments) {
  return { kind: "path", segments, args: [] };
}
function pathSegments(node) {
  switch (node.type) {
    case "identifier":
    case "type_identifier":
    case "primitive_type":
    case "crate":
    case "self":
    case "super":
      return [node.text];
    case "scoped_type_identifier":
    case "scoped_identifier": {
      let path26 = node.childForFieldName("path"), name = node.childForFieldName("name");
      return [...path26 ? pathSegments(path26) : [], ...name ? [name.text] : []];
    }
    default:
      return [node.text];
  }
}
function hasChild(node, type) {
  return node.children.some((c) => c.type === type);
}
function typeFromNode(node, depth = 0) {
  if (depth > MAX_TYPE_DEPTH) return other(node);
  let inner = (n) => typeFromNode(n, depth + 1);
  switch (node.type) {
    case "primitive_type":
    case "type_identifier":
    case "scoped_type_identifier":
      return { kind: "path", segments: pathSegments(node), args: [] };
    case "generic_type": {
      let base = node.childForFieldName("type"), args = node.childForFieldName("type_arguments");
      return {
        kind: "path",
        segments: base ? pathSegments(base) : [node.text],
        args: args ? args.namedChildren.filter((c) => !c.type.endsWith("lifetime")).map(inner) : []
      };
    }
    case "pointer_type": {
      let pointee = node.childForFieldName("type");
      return { kind: "pointer", mutable: hasChild(node, "mutable_specifier"), pointee: pointee ? inner(pointee) : other(node) };
    }
    case "reference_type": {
      let referent = node.childForFieldName("type");
      return { kind: "reference", mutable: hasChild(node, "mutable_specifier"), referent: referent ? inner(referent) : other(node) };
    }
    case "array_type": {
      let el = node.childForFieldName("element"), len = node.childForFieldName("length"), element = el ? inner(el) : other(node);
      return len ? { kind: "array", element, length: len.text.replace(/usize$/, "") } : { kind: "slice", element };
    }
    case "tuple_type":
      return { kind: "tuple", elements: node.namedChildren.map(inner) };
    case "unit_type":
      return UNIT;
    case "never_type":
      return { kind: "never" };
    case "function_type":
      return { kind: "fn", text: normalizeSpace(node.text) };
    default:
      return other(node);
  }
}
function other(node) {
  return { kind: "other", text: normalizeSpace(node.text) };
}
function normalizeSpace(s) {
  return s.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/,? \)/g, ")");
}
function stripGlobal(segments) {
  return segments[0] === "" ? segments.slice(1) : segments;
}
function typeToString(t) {
  switch (t.kind) {
    case "path": {
      let base = stripGlobal(t.segments).join("::");
      return t.args.length ? `${base}<${t.args.map(typeToString).join(", ")}>` : base;
    }
    case "pointer":
      return `*${t.mutable ? "mut" : "const"} ${typeToString(t.pointee)}`;
    case "reference":
      return `&${t.mutable ? "mut " : ""}${typeToString(t.referent)}`;
    case "array":
      return `[${typeToString(t.element)}; ${t.length}]`;
    case "slice":
      return `[${typeToString(t.element)}]`;
    case "tuple":
      return `(${t.elements.map(typeToString).join(", ")})`;
    case "fn":
    case "other":
      return t.text;
    case "never":
      return "!";
    case "unknown":
      return "?";
  }
}
var UNIT, MAX_TYPE_DEPTH, init_rustType = __esm({
  "server/src/core/types/rustType.ts"() {
    "use strict";
    UNIT = { kind: "tuple", elements: [] };
    MAX_TYPE_DEPTH = 64;
  }
});

// server/src/core/index/bindings.ts
function fileItems(f) {
  let byName = {};
  for (let kind of ITEM_KINDS) byName[kind] = new Map(f[kind].map((it) => [it.name, it]));
  return {
    file: f.file,
    source: f.source,
    problem: f.problem,
    names: (kind) => byName[kind].keys(),
    count: (kind) => byName[kind].size,
    has: (kind, name) => byName[kind].has(name),
    get: (kind, name) => byName[kind].get(name)
  };
}
function attributesBefore(node) {
  let out = [];
  for (let s = node.previousNamedSibling; s && s.type === "attribute_item"; s = s.previousNamedSibling) out.push(s.text);
  return out;
}
function linkNameOf(attrs) {
  for (let a of attrs) {
    let m = /link_name\s*=\s*"([^"]+)"/.exec(a);
    if (m) return m[1];
  }
}
function isUnsafeExtern(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "foreign_mod_item") return /^\s*unsafe\b/.test(p.text.slice(0, 16));
    if (p.type === "expression_statement" || p.type === "block") {
      let prev = (p.type === "block" ? p.parent : p)?.previousSibling;
      if (prev?.type === "ERROR" && /\bunsafe\s+extern\b/.test(prev.text)) return !0;
    }
  }
  return !1;
}
function isUnsafeExternError(n) {
  return n.type === "ERROR" && /^unsafe\s+extern\s+"C"$/.test(n.text.trim());
}
function truncationProblem(text) {
  let trimmed = text.trimEnd();
  if (!trimmed) return { line: 0, message: "is empty: truncated, probably while bindgen was writing it" };
  if (/[};]$/.test(trimmed)) return;
  let line = text.slice(0, trimmed.length).split(`
`).length - 1;
  return { line, message: `ends in the middle of an item (line ${line + 1}): truncated, probably while bindgen was writing it` };
}
function syntaxProblem(tree, firstLine = 0) {
  if (!tree.rootNode.hasError) return;
  let bad;
  if (walkNamed(tree.rootNode, (n) => bad || isUnsafeExternError(n) ? !1 : n.type === "ERROR" || n.isMissing ? (bad = n, !1) : n.hasError), !bad) return;
  let line = bad.startPosition.row + firstLine;
  return { line, message: `does not parse as Rust from line ${line + 1}: truncated or malformed` };
}
function emptyBindingsFile(file, source) {
  return { file, source, functions: [], statics: [], consts: [], aliases: [], structs: [] };
}
function indexBindingsFile(file, source, text, tree) {
  let out = emptyBindingsFile(file, source);
  collectBindings(out, tree);
  let problem = truncationProblem(text) ?? syntaxProblem(tree);
  return problem && (out.problem = problem), out;
}
function collectBindings(out, tree) {
  let { file, source } = out;
  walkNamed(tree.rootNode, (n) => {
    if (n.type === "mod_item" && source === "manual") return !0;
    if (SKIP.has(n.type)) return !1;
    switch (n.type) {
      case "function_signature_item": {
        let name = n.childForFieldName("name");
        if (!name) return !1;
        let params = [], variadic = !1;
        for (let p of n.childForFieldName("parameters")?.namedChildren ?? []) {
          if (p.type === "variadic_parameter" && (variadic = !0), p.type !== "parameter") continue;
          let pat = p.childForFieldName("pattern"), ty = p.childForFieldName("type");
          ty && params.push({ name: pat?.text ?? "_", type: typeFromNode(ty) });
        }
        let ret = n.childForFieldName("return_type"), attrs = attributesBefore(n);
        return out.functions.push({
          name: name.text,
          file,
          nameRange: nodeRange(name),
          source,
          params,
          variadic,
          returnType: ret ? typeFromNode(ret) : UNIT,
          linkName: linkNameOf(attrs),
          mustUse: attrs.some((a) => /must_use/.test(a)),
          unsafeExtern: isUnsafeExtern(n)
        }), !1;
      }
      case "static_item": {
        let name = n.childForFieldName("name"), ty = n.childForFieldName("type");
        return name && ty && out.statics.push({
          name: name.text,
          file,
          nameRange: nodeRange(name),
          source,
          type: typeFromNode(ty),
          mutable: n.children.some((c) => c.type === "mutable_specifier")
        }), !1;
      }
      case "const_item": {
        let name = n.childForFieldName("name"), ty = n.childForFieldName("type"), value = n.childForFieldName("value");
        return name && ty && name.text !== "_" && out.consts.push({ name: name.text, file, nameRange: nodeRange(name), source, type: typeFromNode(ty), value: value?.text ?? "" }), !1;
      }
      case "type_item": {
        let name = n.childForFieldName("name"), ty = n.childForFieldName("type");
        return name && ty && !n.childForFieldName("type_parameters") && out.aliases.push({ name: name.text, file, nameRange: nodeRange(name), source, target: typeFromNode(ty) }), !1;
      }
      case "struct_item":
      case "union_item": {
        let name = n.childForFieldName("name");
        if (!name || n.childForFieldName("type_parameters")) return !1;
        let fields = /* @__PURE__ */ new Map();
        for (let f of n.childForFieldName("body")?.namedChildren ?? []) {
          if (f.type !== "field_declaration") continue;
          let fname = f.childForFieldName("name"), fty = f.childForFieldName("type");
          fname && fty && fields.set(fname.text, { name: fname.text, type: typeFromNode(fty) });
        }
        return out.structs.push({ name: name.text, file, nameRange: nodeRange(name), source, kind: n.type === "struct_item" ? "struct" : "union", fields }), !1;
      }
      default:
        return !0;
    }
  });
}
function cNameOf(bindingName) {
  let bare = bindingName.replace(/_$/, "");
  return PRIMITIVES.has(bare) ? bare : bindingName;
}
function bindingNameOf(cName) {
  return PRIMITIVES.has(cName) ? `${cName}_` : cName;
}
function rank(s) {
  return s === "helpers" ? 0 : s === "manual" ? 1 : 2;
}
var ITEM_KINDS, SKIP, ItemTable, BindingsIndex, init_bindings = __esm({
  "server/src/core/index/bindings.ts"() {
    "use strict";
    init_archTable();
    init_parse();
    init_rustType();
    ITEM_KINDS = ["functions", "statics", "consts", "aliases", "structs"];
    SKIP = /* @__PURE__ */ new Set(["impl_item", "function_item", "trait_item", "macro_definition", "mod_item", "macro_invocation"]);
    ItemTable = class {
      #files;
      #kind;
      #names;
      constructor(files, kind) {
        this.#files = files, this.#kind = kind;
      }
      get(name) {
        for (let i = this.#files.length - 1; i >= 0; i--)
          if (this.#files[i].has(this.#kind, name)) return this.#files[i].get(this.#kind, name);
      }
      has(name) {
        return this.#files.some((f) => f.has(this.#kind, name));
      }
      /** How many names: the largest file counted without reading its names, the others' checked against it. */
      get size() {
        if (this.#names || !this.#files.length) return this.#allNames().size;
        let largest = this.#files.reduce((a, b) => b.count(this.#kind) > a.count(this.#kind) ? b : a), others = /* @__PURE__ */ new Set();
        for (let f of this.#files)
          if (f !== largest)
            for (let n of f.names(this.#kind)) largest.has(this.#kind, n) || others.add(n);
        return largest.count(this.#kind) + others.size;
      }
      keys() {
        return this.#allNames().values();
      }
      *values() {
        for (let name of this.#allNames()) yield this.get(name);
      }
      *[Symbol.iterator]() {
        for (let name of this.#allNames()) yield [name, this.get(name)];
      }
      #allNames() {
        if (!this.#names) {
          this.#names = /* @__PURE__ */ new Set();
          for (let f of this.#files) for (let n of f.names(this.#kind)) this.#names.add(n);
        }
        return this.#names;
      }
    }, BindingsIndex = class {
      /** The function Rust resolves `bindings::X` to: the direct binding when both exist. */
      functions;
      /** Helper-backed functions (`bindings_helpers_generated.rs`), even when a direct binding shadows them. */
      helperFunctions;
      statics;
      consts;
      aliases;
      structs;
      files;
      #enums;
      constructor(files) {
        this.files = [...files].sort((a, b) => rank(a.source) - rank(b.source)), this.functions = new ItemTable(this.files, "functions"), this.helperFunctions = new ItemTable(this.files.filter((f) => f.source === "helpers"), "functions"), this.statics = new ItemTable(this.files, "statics"), this.consts = new ItemTable(this.files, "consts"), this.aliases = new ItemTable(this.files, "aliases"), this.structs = new ItemTable(this.files, "structs");
      }
      /** C enums bindgen turned into an alias plus `T_VALUE` consts, by alias name (reads every const). */
      get enums() {
        if (this.#enums) return this.#enums;
        this.#enums = /* @__PURE__ */ new Map();
        for (let c of this.consts.values()) {
          let t = c.type;
          if (t.kind !== "path" || t.segments.length !== 1 || !this.aliases.has(t.segments[0])) continue;
          let enumName = t.segments[0];
          if (!c.name.startsWith(enumName + "_")) continue;
          let group = this.#enums.get(enumName) ?? [];
          group.push(c.name), this.#enums.set(enumName, group);
        }
        return this.#enums;
      }
      /** Whether anything named `name` exists in these bindings (function, static, const, type). */
      has(name) {
        return this.functions.has(name) || this.statics.has(name) || this.consts.has(name) || this.aliases.has(name) || this.structs.has(name);
      }
      /** The alias chain of a type name, for hover: `u32_` → `__u32` → `ffi::c_uint`. */
      aliasChain(name) {
        let chain = [], cur = this.aliases.get(name);
        for (; cur && chain.length < 32; ) {
          chain.push(cur.target);
          let t = cur.target;
          cur = t.kind === "path" && t.segments.length === 1 ? this.aliases.get(t.segments[0]) : void 0;
        }
        return chain;
      }
    };
  }
});

// server/src/core/types/typeText.ts
function typeFromText(text) {
  let r = new TypeReader(text), t = r.type();
  return r.skipSpace(), t && r.pos === text.length ? t : void 0;
}
function splitTopLevel(text) {
  let out = [], depth = 0, from = 0;
  for (let i = 0; i < text.length; i++)
    switch (text.charCodeAt(i)) {
      case 40:
      case 91:
      case 60:
      case 123:
        depth++;
        break;
      case 41:
      case 93:
      case 125:
        depth--;
        break;
      case 62:
        text.charCodeAt(i - 1) !== 45 && depth--;
        break;
      case 44:
        if (depth !== 0) break;
        out.push(text.slice(from, i)), from = i + 1;
    }
  return out.push(text.slice(from)), out.filter((p) => p.trim() !== "");
}
var IDENT, LIFETIME, SPACE, TypeReader, init_typeText = __esm({
  "server/src/core/types/typeText.ts"() {
    "use strict";
    init_rustType();
    IDENT = /[A-Za-z_][A-Za-z0-9_]*/y, LIFETIME = /'[A-Za-z_][A-Za-z0-9_]*/y, SPACE = /\s*/y, TypeReader = class {
      constructor(s) {
        this.s = s;
      }
      s;
      pos = 0;
      skipSpace() {
        SPACE.lastIndex = this.pos, SPACE.exec(this.s), this.pos = SPACE.lastIndex;
      }
      peek(token) {
        return this.skipSpace(), this.s.startsWith(token, this.pos);
      }
      eat(token) {
        return this.peek(token) ? (this.pos += token.length, !0) : !1;
      }
      /** An identifier at the cursor that is not followed by more identifier characters. */
      word() {
        this.skipSpace(), IDENT.lastIndex = this.pos;
        let m = IDENT.exec(this.s);
        if (m)
          return this.pos = IDENT.lastIndex, m[0];
      }
      keyword(k) {
        let start = this.pos;
        return this.word() === k ? !0 : (this.pos = start, !1);
      }
      lifetime() {
        return this.skipSpace(), LIFETIME.lastIndex = this.pos, LIFETIME.exec(this.s) ? (this.pos = LIFETIME.lastIndex, !0) : !1;
      }
      depth = 0;
      /** A type; deeper than MAX_TYPE_DEPTH it is not a shape we read (tree-sitter gets it, and keeps it as text). */
      type() {
        if (!(this.depth >= MAX_TYPE_DEPTH)) {
          this.depth++;
          try {
            return this.typeHere();
          } finally {
            this.depth--;
          }
        }
      }
      typeHere() {
        this.skipSpace();
        let start = this.pos;
        if (this.eat("*")) {
          let mutable = this.keyword("mut");
          if (!mutable && !this.keyword("const")) return;
          let pointee = this.type();
          return pointee && { kind: "pointer", mutable, pointee };
        }
        if (this.eat("&")) {
          this.lifetime();
          let mutable = this.keyword("mut"), referent = this.type();
          return referent && { kind: "reference", mutable, referent };
        }
        if (this.eat("[")) {
          let element = this.type();
          if (!element) return;
          if (this.eat("]")) return { kind: "slice", element };
          if (!this.eat(";")) return;
          let close = this.s.indexOf("]", this.pos), length = close < 0 ? "" : this.s.slice(this.pos, close).trim();
          return /^[0-9A-Za-z_ +*]+$/.test(length) ? (this.pos = close + 1, { kind: "array", element, length: length.replace(/usize$/, "") }) : void 0;
        }
        if (this.eat("(")) {
          let elements = [], comma = !1;
          for (; !this.eat(")"); ) {
            let t = this.type();
            if (!t || (elements.push(t), comma = this.eat(","), !comma && !this.peek(")"))) return;
          }
          return elements.length === 1 && !comma ? void 0 : elements.length ? { kind: "tuple", elements } : UNIT;
        }
        if (this.eat("!")) return { kind: "never" };
        if (this.peek("unsafe") || this.peek("extern") || this.peek("fn")) {
          let fn = this.fnType(start);
          if (fn) return fn;
          this.pos = start;
        }
        return this.path();
      }
      fnType(start) {
        if (this.keyword("unsafe"), this.keyword("extern")) {
          this.skipSpace();
          let abi = /"[^"\\]*"/y;
          abi.lastIndex = this.pos, abi.exec(this.s) && (this.pos = abi.lastIndex);
        }
        if (!(!this.keyword("fn") || !this.eat("("))) {
          for (; !this.eat(")"); ) {
            if (!this.eat("...")) {
              let save = this.pos;
              if (this.word() && this.eat(":") && !this.peek(":") || (this.pos = save), !this.type()) return;
            }
            if (!this.eat(",") && !this.peek(")")) return;
          }
          if (!(this.eat("->") && !this.type()))
            return { kind: "fn", text: normalizeSpace(this.s.slice(start, this.pos).trim()) };
        }
      }
      path() {
        this.eat("::");
        let segments = [];
        for (; ; ) {
          let w = this.word();
          if (!w || w === "dyn" || w === "impl" || w === "fn" || w === "unsafe" || w === "extern") return;
          if (segments.push(w), !(!this.peek("::<") && this.eat("::")))
            break;
        }
        let args = [];
        if (this.eat("<"))
          for (; !this.eat(">"); ) {
            if (!this.lifetime()) {
              let t = this.type();
              if (!t) return;
              args.push(t);
            }
            if (!this.eat(",") && !this.peek(">")) return;
          }
        return { kind: "path", segments, args };
      }
    };
  }
});

// server/src/core/index/outlineTable.ts
function hashBytes(kind, bytes, at, length) {
  let h = (2166136261 ^ kind) >>> 0;
  for (let i = at, end = at + length; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}
function hashString(kind, name) {
  let h = (2166136261 ^ kind) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}
function slotsFor(length) {
  let n = 2048;
  for (; n < length / 50; ) n *= 2;
  return n;
}
function grown(a, need, make2) {
  if (need <= a.length) return a;
  let b = make2(Math.max(need, a.length * 2));
  return b.set(a), b;
}
var KIND_CODE, LAYOUT, MAGIC, HEADER_WORDS, NO_BYTES, OutlineTable, init_outlineTable = __esm({
  "server/src/core/index/outlineTable.ts"() {
    "use strict";
    KIND_CODE = { functions: 0, statics: 1, consts: 2, aliases: 3, structs: 4 }, LAYOUT = 2, MAGIC = 1330398802, HEADER_WORDS = 8;
    NO_BYTES = new Uint8Array(0);
    OutlineTable = class _OutlineTable {
      /** `bytes`: the file's content, which the names of a table being built point into; none in a table read back. */
      constructor(bytes, fileLength, parts) {
        this.bytes = bytes;
        this.fileLength = fileLength;
        this.#items = parts.items, this.#itemCount = parts.itemCount, this.#kinds = parts.kinds, this.#entryItem = parts.entryItem, this.#entryAt = parts.entryAt, this.#entryLength = parts.entryLength, this.#entryCount = parts.entryCount, this.#slots = parts.slots, this.#extra = parts.extra, this.#extraLength = parts.extraLength, this.problem = parts.problem;
      }
      bytes;
      fileLength;
      /** `[line, start, end]` per item: its first line, and its bytes `[start, end)`. */
      #items;
      #itemCount;
      /** Per name entry: its kind, the item defining it (the last definition), and where its bytes are. */
      #kinds;
      #entryItem;
      /** Offset into the file's bytes, or, at `fileLength` and beyond, into `#extra`. */
      #entryAt;
      #entryLength;
      #entryCount;
      /** Open addressing, linear probing: entry index + 1, 0 for an empty slot. */
      #slots;
      /** Names not read where the file spells them: those of items read to be named, and in a table read back, all of them. */
      #extra;
      #extraLength;
      /** A problem found while outlining (an item of unknown shape that does not parse), as JSON. */
      problem;
      /**
       * An empty table, to be filled by `addItem` and `addName`: over `bytes`, the whole file's
       * content, or, given only the content's length, for names copied in (`addNameCopy`) from
       * the content read a chunk at a time.
       */
      static empty(bytes) {
        let length = typeof bytes == "number" ? bytes : bytes.length, slots = slotsFor(length), entries = slots / 2;
        return new _OutlineTable(typeof bytes == "number" ? NO_BYTES : bytes, length, {
          items: new Int32Array(3 * entries),
          itemCount: 0,
          kinds: new Uint8Array(entries),
          entryItem: new Int32Array(entries),
          entryAt: new Int32Array(entries),
          entryLength: new Int32Array(entries),
          entryCount: 0,
          slots: new Int32Array(slots),
          extra: new Uint8Array(typeof bytes == "number" ? Math.max(256, length >> 3) : 256),
          extraLength: 0
        });
      }
      get itemCount() {
        return this.#itemCount;
      }
      itemLine(i) {
        return this.#items[3 * i];
      }
      itemStart(i) {
        return this.#items[3 * i + 1];
      }
      itemEnd(i) {
        return this.#items[3 * i + 2];
      }
      addItem(line, start, end) {
        let at = 3 * this.#itemCount;
        return at + 3 > this.#items.length && (this.#items = grown(this.#items, at + 3, (n) => new Int32Array(n))), this.#items[at] = line, this.#items[at + 1] = start, this.#items[at + 2] = end, this.#itemCount++;
      }
      /** The bytes a name at `at` is read from: the file's, or `#extra` at and past its end (at `at - fileLength` there). */
      #source(at) {
        return at < this.fileLength ? this.bytes : this.#extra;
      }
      #offset(at) {
        return at < this.fileLength ? at : at - this.fileLength;
      }
      /** The slot of (kind, `name`): its entry's, or the empty one it would take. */
      #slotOfString(kind, name) {
        let mask = this.#slots.length - 1, length = name.length;
        for (let s = hashString(kind, name) & mask; ; s = s + 1 & mask) {
          let e = this.#slots[s] - 1;
          if (e < 0) return s;
          if (this.#kinds[e] !== kind || this.#entryLength[e] !== length) continue;
          let other2 = this.#source(this.#entryAt[e]), from = this.#offset(this.#entryAt[e]), i = 0;
          for (; i < length && other2[from + i] === name.charCodeAt(i); ) i++;
          if (i === length) return s;
        }
      }
      /**
       * Records that `item` defines the name spelt by the file's bytes `[at, at + length)`; a later
       * definition wins. One method with its arrays in locals: it runs for every name of a 20 MB
       * file, mostly before the JIT has compiled it. True when the name is new to the table.
       */
      addName(kind, at, length, item) {
        let code2 = KIND_CODE[kind], bytes = at < this.fileLength ? this.bytes : this.#extra, from = at < this.fileLength ? at : at - this.fileLength, slots = this.#slots, kinds = this.#kinds, lengths = this.#entryLength, ats = this.#entryAt, mask = slots.length - 1, s = hashBytes(code2, bytes, from, length) & mask;
        for (; ; s = s + 1 & mask) {
          let e = slots[s] - 1;
          if (e < 0) break;
          if (kinds[e] !== code2 || lengths[e] !== length) continue;
          let other2 = ats[e] < this.fileLength ? this.bytes : this.#extra, otherFrom = ats[e] < this.fileLength ? ats[e] : ats[e] - this.fileLength, i = 0;
          for (; i < length && other2[otherFrom + i] === bytes[from + i]; ) i++;
          if (i === length)
            return this.#entryItem[e] = item, !1;
        }
        let n = this.#entryCount++;
        return n === kinds.length && (this.#kinds = grown(kinds, n + 1, (k) => new Uint8Array(k)), this.#entryItem = grown(this.#entryItem, n + 1, (k) => new Int32Array(k)), this.#entryAt = grown(ats, n + 1, (k) => new Int32Array(k)), this.#entryLength = grown(lengths, n + 1, (k) => new Int32Array(k))), this.#kinds[n] = code2, this.#entryItem[n] = item, this.#entryAt[n] = at, this.#entryLength[n] = length, slots[s] = n + 1, 2 * this.#entryCount > slots.length && this.#rehash(2 * slots.length), !0;
      }
      /** `addName` of the name spelt by `source[from, from + length)`, a chunk of the file that will not stay: the name is copied. */
      addNameCopy(kind, source, from, length, item) {
        let at = this.#extraLength;
        at + length > this.#extra.length && (this.#extra = grown(this.#extra, at + length, (k) => new Uint8Array(k)));
        let extra = this.#extra;
        for (let i = 0; i < length; i++) extra[at + i] = source[from + i];
        this.#extraLength = at + length, this.addName(kind, this.fileLength + at, length, item) || (this.#extraLength = at);
      }
      /** Records a name that is not spelt where the file's bytes could point at it. */
      addNameText(kind, name, item) {
        let existing = this.#slots[this.#slotOfString(KIND_CODE[kind], name)] - 1;
        if (existing >= 0) {
          this.#entryItem[existing] = item;
          return;
        }
        let encoded = new TextEncoder().encode(name), at = this.fileLength + this.#appendExtra(encoded);
        this.addName(kind, at, encoded.length, item);
      }
      /** Appends `name` to `#extra`; where it starts there. */
      #appendExtra(name) {
        return this.#extra = grown(this.#extra, this.#extraLength + name.length, (k) => new Uint8Array(k)), this.#extra.set(name, this.#extraLength), this.#extraLength += name.length, this.#extraLength - name.length;
      }
      #rehash(size) {
        this.#slots = new Int32Array(size);
        let mask = size - 1;
        for (let e = 0; e < this.#entryCount; e++) {
          let at = this.#entryAt[e], s = hashBytes(this.#kinds[e], this.#source(at), this.#offset(at), this.#entryLength[e]) & mask;
          for (; this.#slots[s]; ) s = s + 1 & mask;
          this.#slots[s] = e + 1;
        }
      }
      /** The item defining `name` of `kind`, or -1. */
      lookup(kind, name) {
        let e = this.#slots[this.#slotOfString(KIND_CODE[kind], name)] - 1;
        return e < 0 ? -1 : this.#entryItem[e];
      }
      /** The names of `kind`, each once, in document order of its first definition. */
      *names(kind) {
        let code2 = KIND_CODE[kind], decoder = new TextDecoder();
        for (let e = 0; e < this.#entryCount; e++) {
          if (this.#kinds[e] !== code2) continue;
          let at = this.#offset(this.#entryAt[e]);
          yield decoder.decode(this.#source(this.#entryAt[e]).subarray(at, at + this.#entryLength[e]));
        }
      }
      /** How many names of each kind, by kind code (for counts that need no name). */
      count(kind) {
        let code2 = KIND_CODE[kind], n = 0;
        for (let e = 0; e < this.#entryCount; e++) this.#kinds[e] === code2 && n++;
        return n;
      }
      /**
       * The persisted form: a header, then every array, each 4-byte aligned, the names its own:
       * those the file's bytes spell are copied after `#extra`, in entry order. The table itself
       * is left as it is (it may still point into the file's bytes); `fromData` of the result is
       * the table with nothing of the file, in arrays of the exact size.
       */
      toData() {
        let problem = new TextEncoder().encode(this.problem ?? ""), extraLength = this.#extraLength;
        for (let e = 0; e < this.#entryCount; e++) this.#entryAt[e] < this.fileLength && (extraLength += this.#entryLength[e]);
        let words2 = HEADER_WORDS + 3 * this.#itemCount + 3 * this.#entryCount + Math.ceil(this.#entryCount / 4) + this.#slots.length + Math.ceil(extraLength / 4) + Math.ceil(problem.length / 4), data = new Int32Array(words2);
        data.set([MAGIC, LAYOUT, this.fileLength, this.#itemCount, this.#entryCount, this.#slots.length, extraLength, problem.length]);
        let w = HEADER_WORDS, put = (a) => {
          data.set(a, w), w += a.length;
        }, putBytes = (a) => {
          new Uint8Array(data.buffer, 4 * w, a.length).set(a), w += Math.ceil(a.length / 4);
        };
        put(this.#items.subarray(0, 3 * this.#itemCount)), put(this.#entryItem.subarray(0, this.#entryCount));
        let entryAt = data.subarray(w, w += this.#entryCount);
        put(this.#entryLength.subarray(0, this.#entryCount)), putBytes(this.#kinds.subarray(0, this.#entryCount)), put(this.#slots);
        let extra = new Uint8Array(data.buffer, 4 * w, extraLength);
        extra.set(this.#extra.subarray(0, this.#extraLength));
        let bytes = this.bytes, copied = this.#extraLength;
        for (let e = 0; e < this.#entryCount; e++) {
          let at = this.#entryAt[e];
          if (at >= this.fileLength) {
            entryAt[e] = at;
            continue;
          }
          entryAt[e] = this.fileLength + copied;
          for (let i = at, end = at + this.#entryLength[e]; i < end; i++) extra[copied++] = bytes[i];
        }
        return w += Math.ceil(extraLength / 4), putBytes(problem), new Uint8Array(data.buffer);
      }
      /**
       * The table `toData` wrote for a file of `fileLength` bytes, as views on `data` (copied only
       * when it is not 4-byte aligned). Checks the layout against the header and the file's length,
       * and throws when they do not fit; whether the arrays are what `toData` wrote is the reader's
       * to check (the host's cache keeps a SHA-1 of them), so that reading a 20 MB file's outline
       * back costs no pass over it. Its names are its own: a name that points into the file is
       * taken for no name.
       */
      static fromData(fileLength, data) {
        if (data.length % 4 || data.length < 4 * HEADER_WORDS) throw new Error("bad outline size");
        let words2 = data.byteOffset % 4 ? new Int32Array(new Uint8Array(data).buffer) : new Int32Array(data.buffer, data.byteOffset, data.length / 4), [magic, layout, , itemCount, entryCount, slotCount, extraLength, problemLength] = words2;
        if (magic !== MAGIC || layout !== LAYOUT || words2[2] !== fileLength) throw new Error("not an outline of this file");
        if ([itemCount, entryCount, slotCount, extraLength, problemLength].some((n) => !(n >= 0)) || slotCount & slotCount - 1 || slotCount < 2 * entryCount)
          throw new Error("bad outline header");
        if (HEADER_WORDS + 3 * itemCount + 3 * entryCount + Math.ceil(entryCount / 4) + slotCount + Math.ceil(extraLength / 4) + Math.ceil(problemLength / 4) !== words2.length) throw new Error("bad outline size");
        let w = HEADER_WORDS, take = (n) => words2.subarray(w, w += n), takeBytes = (n) => {
          let a = new Uint8Array(words2.buffer, words2.byteOffset + 4 * w, n);
          return w += Math.ceil(n / 4), a;
        }, items = take(3 * itemCount), entryItem = take(entryCount), entryAt = take(entryCount), entryLength = take(entryCount), kinds = takeBytes(entryCount), slots = take(slotCount), extra = takeBytes(extraLength), problem = new TextDecoder().decode(takeBytes(problemLength));
        return new _OutlineTable(NO_BYTES, fileLength, {
          items,
          itemCount,
          kinds,
          entryItem,
          entryAt,
          entryLength,
          entryCount,
          slots,
          extra,
          extraLength,
          problem: problem || void 0
        });
      }
    };
  }
});

// server/src/core/index/bindingsScanner.ts
function bytesInMemory(bytes) {
  return { length: bytes.length, slice: (start, end) => bytes.subarray(start, end) };
}
function isSpace(b) {
  return (CLASS[b] & SPACE2) !== 0;
}
function identEnd(bytes, at, end) {
  if (at >= end || (CLASS[bytes[at]] & IDENT_START) === 0) return -1;
  let k = at + 1;
  for (; k < end && (CLASS[bytes[k]] & IDENT2) !== 0; ) k++;
  return k;
}
function skipSpace(bytes, at, end) {
  for (; at < end && (CLASS[bytes[at]] & SPACE2) !== 0; ) at++;
  return at;
}
function afterWord(lines, i, at, word) {
  if (!lines.startsWith(at, i, word)) return -1;
  let end = lines.end(i), k = at + word.length;
  return k < end && isSpace(lines.bytes[k]) ? skipSpace(lines.bytes, k, end) : -1;
}
function nameEnd(lines, i, at, follow, orEnd = !1) {
  let { bytes } = lines, end = lines.end(i), k = identEnd(bytes, at, end);
  if (k < 0) return -1;
  let next = skipSpace(bytes, k, end);
  if (next === end) return orEnd ? k : -1;
  for (let f = 0; f < follow.length; f++) if (bytes[next] === follow.charCodeAt(f)) return k;
  return -1;
}
function isExternBlockHead(lines, i) {
  let start = lines.start(i), afterUnsafe = afterWord(lines, i, start, "unsafe"), afterExtern = afterWord(lines, i, afterUnsafe >= 0 ? afterUnsafe : start, "extern");
  if (afterExtern < 0 || !lines.startsWith(afterExtern, i, '"C"')) return !1;
  let brace = skipSpace(lines.bytes, afterExtern + 3, lines.end(i));
  return lines.bytes[brace] === 123 && brace + 1 === lines.end(i);
}
function splitItems(lines, from, to, indent) {
  let { bytes } = lines, spans = [], onlyAttributes = !1;
  for (let i = from; i <= to; i++) {
    let first = lines.firstNonSpace(i);
    if (first < 0) continue;
    let s = lines.start(i), starts = first === s + indent;
    for (let k = 0; starts && k < indent; k++) starts = bytes[s + k] === 32;
    if (starts) {
      let c = bytes[first];
      starts = c !== 125 && c !== 41 && c !== 93 && c !== 62 && c !== 123 && !(lines.startsWith(first, i, "where") && !(first + 5 < lines.end(i) && (CLASS[bytes[first + 5]] & IDENT2) !== 0));
    }
    if (starts && !(spans.length && onlyAttributes))
      spans.push(i, i), onlyAttributes = lines.isAttribute(i);
    else if (spans.length)
      spans[spans.length - 1] = i, onlyAttributes &&= lines.isAttribute(i);
    else
      return;
  }
  return spans;
}
function nameRange(text, line, keyword, name) {
  let start = text.indexOf(keyword) + keyword.length;
  for (; text[start] === " " || text[start] === "	"; ) start++;
  return { start: { line, character: start }, end: { line, character: start + name.length } };
}
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i;
  }
  return -1;
}
function moveLines(items, by) {
  for (let it of items) {
    let r = it.nameRange;
    it.nameRange = { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
  }
}
function memberName(lines, i, found) {
  let at = lines.firstNonSpace(i), afterPub = at < 0 ? -1 : afterWord(lines, i, at, "pub");
  if (afterPub < 0) return !1;
  let afterFn = afterWord(lines, i, afterPub, "fn");
  if (afterFn >= 0) {
    let end2 = nameEnd(lines, i, afterFn, "(");
    return end2 >= 0 && found.push(0, afterFn, end2), end2 >= 0;
  }
  let afterStatic = afterWord(lines, i, afterPub, "static");
  if (afterStatic < 0) return !1;
  let afterMut = afterWord(lines, i, afterStatic, "mut"), withMut = afterMut >= 0 ? nameEnd(lines, i, afterMut, ":") : -1, start = withMut >= 0 ? afterMut : afterStatic, end = withMut >= 0 ? withMut : nameEnd(lines, i, afterStatic, ":");
  return end >= 0 && found.push(1, start, end), end >= 0;
}
function truncationProblemIn(content) {
  let tail = content.slice(Math.max(0, content.length - TAIL), content.length);
  if (tail && endsComplete(tail)) return;
  let all = content.slice(0, content.length);
  return all ? truncationProblemOf(all) : void 0;
}
function endsComplete(bytes) {
  let end = bytes.length;
  for (; end > 0 && isSpace(bytes[end - 1]); ) end--;
  return end > 0 && (bytes[end - 1] === 125 || bytes[end - 1] === 59);
}
function truncationProblemOf(bytes) {
  return endsComplete(bytes) ? void 0 : truncationProblem(UTF8.decode(bytes));
}
var NAME, CONST_RE, TYPE_RE, STRUCT_RE, EXTERN_RE, FN_RE, STATIC_RE, FIELD_RE, LINK_NAME_RE, PARAM_RE, VALUE_RE, NO_CONTENT, LF, CR, UTF8, SPACE2, IDENT2, IDENT_START, CLASS, ByteLines, NO_LINES, Scanner, BindingsOutline, TAIL, init_bindingsScanner = __esm({
  "server/src/core/index/bindingsScanner.ts"() {
    "use strict";
    init_parse();
    init_typeText();
    init_rustType();
    init_bindings();
    init_outlineTable();
    NAME = "[A-Za-z_][A-Za-z0-9_]*", CONST_RE = new RegExp(`^pub\\s+const\\s+(${NAME})\\s*:\\s*([^=]+?)\\s*=\\s*([\\s\\S]+?)\\s*;$`), TYPE_RE = new RegExp(`^pub\\s+type\\s+(${NAME})\\s*=\\s*([\\s\\S]+?)\\s*;$`), STRUCT_RE = new RegExp(`^pub\\s+(struct|union)\\s+(${NAME})\\s*(.*)$`), EXTERN_RE = /^(unsafe\s+)?extern\s+"C"\s*\{$/, FN_RE = new RegExp(`^\\s*pub\\s+fn\\s+(${NAME})\\s*\\(`), STATIC_RE = new RegExp(`^\\s*pub\\s+static\\s+(mut\\s+)?(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*;$`), FIELD_RE = new RegExp(`^\\s*(?:pub\\s+)?(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*,?$`), LINK_NAME_RE = /link_name\s*=\s*"([^"]+)"/, PARAM_RE = new RegExp(`^\\s*(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*$`), VALUE_RE = /^(?:-?(?:0x[0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?:[iu](?:8|16|32|64|128|size)|f32|f64)?|true|false|b?"(?:[^"\\]|\\.)*"|b?'(?:[^'\\]|\\.)+')$/;
    NO_CONTENT = { length: 0, slice: () => {
    } }, LF = 10, CR = 13, UTF8 = new TextDecoder(), SPACE2 = 1, IDENT2 = 2, IDENT_START = 4, CLASS = new Uint8Array(256);
    for (let b = 0; b < 256; b++)
      b === 32 || b >= 9 && b <= 13 ? CLASS[b] = SPACE2 : b >= 97 && b <= 122 || b >= 65 && b <= 90 || b === 95 ? CLASS[b] = IDENT2 | IDENT_START : b >= 48 && b <= 57 && (CLASS[b] = IDENT2);
    ByteLines = class {
      constructor(bytes) {
        this.bytes = bytes;
        let starts = new Int32Array(Math.max(16, bytes.length >> 5));
        starts[0] = 0;
        let n = 1;
        for (let k = 0, end = bytes.length; k < end; k++)
          if (bytes[k] === LF) {
            if (n === starts.length) {
              let more = new Int32Array(2 * n);
              more.set(starts), starts = more;
            }
            starts[n++] = k + 1;
          }
        this.starts = starts, this.count = n;
      }
      bytes;
      starts;
      count;
      start(i) {
        return this.starts[i];
      }
      /** Where line `i`'s LF is (the file's end for the last line). */
      newline(i) {
        return i + 1 < this.count ? this.starts[i + 1] - 1 : this.bytes.length;
      }
      /** Where line `i`'s content ends (before a CR that ends it). */
      end(i) {
        let nl = this.newline(i);
        return nl > this.starts[i] && this.bytes[nl - 1] === CR ? nl - 1 : nl;
      }
      /** The first byte of line `i` that is not whitespace, or -1. */
      firstNonSpace(i) {
        let { bytes } = this;
        for (let at = this.starts[i], end = this.end(i); at < end; at++) if ((CLASS[bytes[at]] & SPACE2) === 0) return at;
        return -1;
      }
      isBlank(i) {
        return this.firstNonSpace(i) < 0;
      }
      /** `#[…]` alone on the line (`/^\s*#\[.*\]\s*$/`: no CR inside). */
      isAttribute(i) {
        let { bytes } = this, at = this.firstNonSpace(i);
        if (at < 0 || bytes[at] !== 35 || bytes[at + 1] !== 91) return !1;
        let last = this.end(i) - 1;
        for (; last > at && (CLASS[bytes[last]] & SPACE2) !== 0; ) last--;
        if (last < at + 2 || bytes[last] !== 93) return !1;
        for (let k = at + 2; k < last; k++) if (bytes[k] === CR) return !1;
        return !0;
      }
      /** Whether line `i` is `text` exactly. */
      is(i, text) {
        return this.end(i) - this.starts[i] === text.length && this.startsWith(this.starts[i], i, text);
      }
      /** Whether the bytes at `at`, inside line `i`, spell `text`. */
      startsWith(at, i, text) {
        if (at + text.length > this.end(i)) return !1;
        for (let k = 0; k < text.length; k++) if (this.bytes[at + k] !== text.charCodeAt(k)) return !1;
        return !0;
      }
      text(i) {
        return UTF8.decode(this.bytes.subarray(this.starts[i], this.end(i)));
      }
      /** Lines `[first, last]` as one text, joined by LF. */
      joined(first, last) {
        let text = UTF8.decode(this.bytes.subarray(this.starts[first], this.end(last)));
        return first === last || !text.includes("\r") ? text : text.replace(/\r\n/g, `
`);
      }
      /** Whether the braces of lines `[first, last]` balance, never closing more than they opened. */
      balanced(first, last) {
        let depth = 0;
        for (let k = this.starts[first], end = this.end(last); k < end; k++)
          if (this.bytes[k] === 123) depth++;
          else if (this.bytes[k] === 125 && --depth < 0) return !1;
        return depth === 0;
      }
    };
    NO_LINES = new ByteLines(new Uint8Array(0)), Scanner = class {
      constructor(file, source) {
        this.file = file;
        this.source = source;
        this.out = emptyBindingsFile(file, source);
      }
      file;
      source;
      out;
      lines = NO_LINES;
      /** The file line `lines[0]` is. */
      base = 0;
      /** Types by their text: a few hundred distinct ones serve tens of thousands of items. */
      types = /* @__PURE__ */ new Map();
      /** The items of one top-level item (`lines`, its first at file line `base`), or undefined when its shape is not one we know. */
      read(lines, base) {
        this.out = emptyBindingsFile(this.file, this.source), this.lines = lines, this.base = base;
        try {
          return this.item(0, lines.count - 1) ? this.out : void 0;
        } finally {
          this.lines = NO_LINES;
        }
      }
      /** Reads one top-level item; false when its shape is not one we know. */
      item(first, last) {
        let { lines } = this, head = first;
        for (; head <= last && lines.isAttribute(head); ) head++;
        if (head > last) return !1;
        let line = lines.text(head);
        if (line.startsWith("pub const ")) return this.constant(head, last);
        if (line.startsWith("pub type ")) return this.alias(head, last);
        if (line.startsWith("pub struct ") || line.startsWith("pub union ")) return this.struct(head, last);
        if (line.startsWith("impl")) return /^impl\b/.test(line) && lines.balanced(first, last);
        let ext = EXTERN_RE.exec(line);
        return ext ? lines.is(last, "}") && this.externBlock(head + 1, last - 1, !!ext[1]) : head === first && head === last && /^(\/\*.*\*\/|\/\/.*)$/.test(line);
      }
      constant(at, last) {
        let m = CONST_RE.exec(this.lines.joined(at, last));
        if (!m || !VALUE_RE.test(m[3])) return !1;
        let type = this.type(m[2]);
        return type ? (m[1] !== "_" && this.out.consts.push({ ...this.located(m[1], at, "const"), type, value: m[3] }), !0) : !1;
      }
      alias(head, last) {
        let m = TYPE_RE.exec(this.lines.joined(head, last)), target = m && this.type(m[2]);
        return target ? (this.out.aliases.push({ ...this.located(m[1], head, "type"), target }), !0) : !1;
      }
      struct(head, last) {
        let { lines } = this, m = STRUCT_RE.exec(lines.text(head));
        if (!m) return !1;
        let rest = m[3].trim(), kind = m[1];
        if (rest.startsWith("<")) return lines.balanced(head, last);
        let fields = /* @__PURE__ */ new Map();
        if (rest === "{") {
          if (!lines.is(last, "}")) return !1;
          let items = splitItems(lines, head + 1, last - 1, 4);
          if (!items) return !1;
          for (let k = 0; k < items.length; k += 2) {
            let fm = FIELD_RE.exec(lines.joined(items[k], items[k + 1])), type = fm && this.type(fm[2]);
            if (!type) return !1;
            fields.set(fm[1], { name: fm[1], type });
          }
        } else if (head !== last || !(rest === ";" || rest === "{}" || this.tupleBody(rest)))
          return !1;
        return this.out.structs.push({ ...this.located(m[2], head, kind), kind, fields }), !0;
      }
      tupleBody(rest) {
        return !rest.startsWith("(") || !rest.endsWith(");") ? !1 : splitTopLevel(rest.slice(1, -2)).every((p) => this.type(p.replace(/^\s*pub\s/, "")) !== void 0);
      }
      externBlock(from, to, unsafeExtern) {
        let { lines } = this, items = splitItems(lines, from, to, 4);
        if (!items) return !1;
        for (let k = 0; k < items.length; k += 2) {
          let attributes = [], head = items[k];
          for (; head <= items[k + 1] && lines.isAttribute(head); head++) attributes.push(lines.text(head).trim());
          if (head > items[k + 1]) return !1;
          let text = lines.joined(head, items[k + 1]);
          if (!(FN_RE.test(text) ? this.fn(text, head, attributes, unsafeExtern) : this.static(text, head))) return !1;
        }
        return !0;
      }
      fn(text, head, attributes, unsafeExtern) {
        let m = FN_RE.exec(text), open = m[0].length - 1, close = closingParen(text, open);
        if (close < 0) return !1;
        let tail = text.slice(close + 1).trim();
        if (!tail.endsWith(";")) return !1;
        let arrow = tail.slice(0, -1).trim(), returnType = arrow === "" ? UNIT : arrow.startsWith("->") ? this.type(arrow.slice(2).trim()) : void 0;
        if (!returnType) return !1;
        let params = [], variadic = !1;
        for (let p of splitTopLevel(text.slice(open + 1, close))) {
          if (p.trim() === "...") {
            variadic = !0;
            continue;
          }
          let pm = PARAM_RE.exec(p), type = pm && this.type(pm[2]);
          if (!type) return !1;
          params.push({ name: pm[1], type });
        }
        let linkName;
        for (let i = attributes.length - 1; i >= 0 && linkName === void 0; i--) linkName = LINK_NAME_RE.exec(attributes[i])?.[1];
        return this.out.functions.push({
          ...this.located(m[1], head, "fn"),
          params,
          variadic,
          returnType,
          linkName,
          mustUse: attributes.some((a) => a.includes("must_use")),
          unsafeExtern
        }), !0;
      }
      static(text, head) {
        let m = STATIC_RE.exec(text), type = m ? this.type(m[3]) : void 0;
        return !m || !type ? !1 : (this.out.statics.push({ ...this.located(m[2], head, m[1] ? "mut" : "static"), type, mutable: m[1] !== void 0 }), !0);
      }
      type(text) {
        let t = this.types.get(text);
        return t === void 0 && !this.types.has(text) && (t = typeFromText(text), this.types.set(text, t)), t;
      }
      located(name, line, keyword) {
        return { name, file: this.file, nameRange: nameRange(this.lines.text(line), line + this.base, keyword, name), source: this.source };
      }
    };
    BindingsOutline = class _BindingsOutline {
      constructor(file, source, content, table) {
        this.file = file;
        this.source = source;
        this.#content = content, this.#table = table, this.#scanner = new Scanner(file, source), this.#read = new Array(table.itemCount), this.#truncated = truncationProblemIn(content), this.#truncated && (this.problem = this.#truncated);
      }
      file;
      source;
      problem;
      #truncated;
      #content;
      #table;
      #scanner;
      /** Each top-level item's items, once read. */
      #read;
      /** The names an `extern "C"` block's members declare, while its head is read (see `memberName`). */
      #found = [];
      /** Whether names are copied into the table (content pushed a chunk at a time), or point into the content the table is over. */
      #copyNames = !1;
      /** The pre-pass over a file's content (UTF-8). */
      static scan(file, source, bytes) {
        let o = new _BindingsOutline(file, source, bytesInMemory(bytes), OutlineTable.empty(bytes)), lines = new ByteLines(bytes), spans = splitItems(lines, 0, lines.count - 1, 0) ?? [0, lines.count - 1];
        return o.#outline(lines, spans, spans.length, 0, 0), o;
      }
      /** The pre-pass over a file's content (UTF-8) of `length` bytes, pushed a chunk at a time. */
      static chunks(file, source, length) {
        let o = new _BindingsOutline(file, source, NO_CONTENT, OutlineTable.empty(length));
        o.#copyNames = !0;
        let line = 0, offset = 0;
        return {
          push(chunk, last) {
            let lines = new ByteLines(chunk), spans = splitItems(lines, 0, lines.count - 1, 0);
            if (!spans) return -1;
            let done = last ? spans.length : Math.max(0, spans.length - 2), rest = last ? lines.count : spans.length ? spans[spans.length - 2] : lines.count - 1, took = last ? chunk.length : lines.start(rest), end = offset + chunk.length, base = offset;
            o.#content = { length, slice: (start, stop) => start >= base && stop <= end ? chunk.subarray(start - base, stop - base) : void 0 };
            try {
              o.#outline(lines, spans, done, line, offset);
            } finally {
              o.#content = NO_CONTENT;
            }
            return line += rest, offset += took, took;
          },
          finish(content) {
            if (content.length !== length) throw new Error("not the content outlined");
            return o.#content = content, o.#truncated = truncationProblemIn(content), o.#truncated && (o.problem = o.#truncated), o;
          }
        };
      }
      /**
       * Adds the top-level items `spans[0, done)` of `lines` (which start at file line `line` and
       * content offset `offset`) to the table, and names them: from their first lines, or else by
       * reading them.
       */
      #outline(lines, spans, done, line, offset) {
        let table = this.#table, first = table.itemCount;
        for (let k = 0; k < done; k += 2) table.addItem(line + spans[k], offset + lines.start(spans[k]), offset + lines.newline(spans[k + 1]));
        for (let k = 0; k < done; k += 2) {
          let item = first + k / 2;
          if (this.#nameFromHead(lines, spans[k], spans[k + 1], item)) continue;
          let f = this.#readItem(item);
          for (let kind of ITEM_KINDS) for (let it of f[kind]) table.addNameText(kind, it.name, item);
        }
      }
      /**
       * The outline of `content` from `toData` of the same content; throws when `data` is not one.
       * Only the items asked for are read from `content` (the host reads them from disk).
       */
      static fromData(file, source, content, data) {
        let table = OutlineTable.fromData(content.length, data), o = new _BindingsOutline(file, source, content, table);
        if (table.problem) {
          let p = JSON.parse(table.problem);
          if (typeof p?.line != "number" || typeof p.message != "string") throw new Error("bad problem");
          o.problem ??= p;
        }
        return o;
      }
      toData() {
        return this.#table.problem = this.problem && this.problem !== this.#truncated ? JSON.stringify(this.problem) : void 0, this.#table.toData();
      }
      /**
       * Reads items from `content` (the same bytes, elsewhere: the file on disk) from now on, and
       * names from `data`, its `toData` (the table read back, exactly sized and owning its names),
       * so that the bytes the outline was built from, and the table built over them, can go.
       */
      readFrom(content, data) {
        if (content.length !== this.#content.length) throw new Error("not the same content");
        this.#table = OutlineTable.fromData(content.length, data), this.#content = content;
      }
      names(kind) {
        return this.#table.names(kind);
      }
      count(kind) {
        return this.#table.count(kind);
      }
      has(kind, name) {
        return this.#table.lookup(kind, name) >= 0;
      }
      get(kind, name) {
        let at = this.#table.lookup(kind, name);
        if (at < 0) return;
        let list = this.#readItem(at)[kind];
        for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) return list[i];
      }
      /** Every item, in document order: what the eager scanner gives. */
      readAll() {
        let out = emptyBindingsFile(this.file, this.source);
        for (let i = 0; i < this.#table.itemCount; i++) {
          let f = this.#readItem(i);
          for (let kind of ITEM_KINDS) out[kind].push(...f[kind]);
        }
        return this.problem && (out.problem = this.problem), out;
      }
      /** Names the items of top-level item `item` (lines `[first, last]`) from its first lines; false when they do not say. */
      #nameFromHead(lines, first, last, item) {
        let head = first;
        for (; head <= last && lines.isAttribute(head); ) head++;
        if (head > last) return !1;
        let at = lines.start(head);
        if (lines.startsWith(at, head, "pub ")) {
          let w = at + 4;
          switch (lines.bytes[w]) {
            case 99:
              return lines.startsWith(w, head, "const ") && this.#named(lines, "consts", w + 6, nameEnd(lines, head, w + 6, ":"), item);
            case 116:
              return lines.startsWith(w, head, "type ") && this.#named(lines, "aliases", w + 5, nameEnd(lines, head, w + 5, "="), item);
            case 115:
              return lines.startsWith(w, head, "struct ") && this.#named(lines, "structs", w + 7, nameEnd(lines, head, w + 7, "{;(", !0), item);
            case 117:
              return lines.startsWith(w, head, "union ") && this.#named(lines, "structs", w + 6, nameEnd(lines, head, w + 6, "{;(", !0), item);
            default:
              return !1;
          }
        }
        if (lines.startsWith(at, head, "impl") && (CLASS[lines.bytes[at + 4]] & IDENT2) === 0) return lines.balanced(first, last);
        if (!lines.is(last, "}") || !isExternBlockHead(lines, head)) return !1;
        let members = splitItems(lines, head + 1, last - 1, 4);
        if (!members) return !1;
        let found = this.#found;
        found.length = 0;
        for (let k = 0; k < members.length; k += 2) {
          let m = members[k];
          for (; m <= members[k + 1] && lines.isAttribute(m); ) m++;
          if (m > members[k + 1] || !memberName(lines, m, found)) return !1;
        }
        for (let k = 0; k < found.length; k += 3) this.#addName(found[k] ? "statics" : "functions", lines, found[k + 1], found[k + 2] - found[k + 1], item);
        return !0;
      }
      /** Records the name `[at, end)` (`end` -1: none) that item `item`'s head declares; false when there is none to record. */
      #named(lines, kind, at, end, item) {
        return end < 0 || end === at + 1 && lines.bytes[at] === 95 ? !1 : (this.#addName(kind, lines, at, end - at, item), !0);
      }
      #addName(kind, lines, at, length, item) {
        this.#copyNames ? this.#table.addNameCopy(kind, lines.bytes, at, length, item) : this.#table.addName(kind, at, length, item);
      }
      /** The items of top-level item `i`, read once: by the scanner, else by tree-sitter. */
      #readItem(i) {
        let done = this.#read[i];
        if (done) return done;
        let base = this.#table.itemLine(i), bytes = this.#content.slice(this.#table.itemStart(i), this.#table.itemEnd(i));
        if (!bytes) return emptyBindingsFile(this.file, this.source);
        let lines = new ByteLines(bytes), f = this.#scanner.read(lines, base);
        if (!f) {
          let tree = parseRust(lines.joined(0, lines.count - 1));
          f = emptyBindingsFile(this.file, this.source), collectBindings(f, tree);
          for (let kind of ITEM_KINDS) moveLines(f[kind], base);
          let bad = syntaxProblem(tree, base);
          bad && !this.#truncated && !(this.problem && this.problem.line < bad.line) && (this.problem = bad);
        }
        return this.#read[i] = f, f;
      }
    }, TAIL = 4096;
  }
});

// server/src/core/index/kernelCrate.ts
function kernelModulePath(relFromKernelDir) {
  let parts = relFromKernelDir.replace(/\.rs$/, "").split("/");
  return (parts[parts.length - 1] === "lib" || parts[parts.length - 1] === "mod") && parts.pop(), ["kernel", ...parts].join("::");
}
function typeName(node) {
  if (node)
    return node.type === "generic_type" ? typeName(node.childForFieldName("type")) : node.type === "scoped_type_identifier" ? node.childForFieldName("name")?.text : node.text;
}
function enclosingFunction(n) {
  for (let p = n.parent; p; p = p.parent) if (p.type === "function_item") return p;
}
function enclosingImpl(n) {
  for (let p = n.parent; p; p = p.parent) if (p.type === "impl_item" || p.type === "trait_item") return p;
}
function inUseOrAttribute(n) {
  for (let p = n.parent; p; p = p.parent) if (p.type === "use_declaration" || p.type === "attribute_item") return !0;
  return !1;
}
function moduleOf(n, fileModule) {
  let mods = [];
  for (let p = n.parent; p; p = p.parent)
    p.type === "mod_item" && mods.unshift(p.childForFieldName("name")?.text ?? "");
  return [fileModule, ...mods].join("::");
}
function visibilityOf(item) {
  let vis = item.namedChildren.find((c) => c.type === "visibility_modifier");
  return vis ? vis.text.replace(/\s+/g, "") : "";
}
function ownerOf(item) {
  let impl = enclosingImpl(item);
  return impl?.type === "impl_item" ? { implType: typeName(impl.childForFieldName("type")), implTrait: typeName(impl.childForFieldName("trait")) } : impl?.type === "trait_item" ? { implType: impl.childForFieldName("name")?.text } : {};
}
function statements(block) {
  return block?.namedChildren.filter((c) => !c.type.endsWith("comment")) ?? [];
}
function isPassThrough(fn, path26) {
  if (fn.childForFieldName("type_parameters")) return !1;
  let outer = statements(fn.childForFieldName("body")), returns = !!fn.childForFieldName("return_type");
  if (outer.length !== 1) return !1;
  let unsafeBlock = outer[0].type === "expression_statement" ? outer[0].namedChildren[0] : outer[0];
  if (unsafeBlock?.type !== "unsafe_block" || returns && outer[0].type === "expression_statement" && outer[0].text.trimEnd().endsWith(";")) return !1;
  let inner = statements(unsafeBlock.namedChildren.find((c) => c.type === "block") ?? null);
  if (inner.length !== 1) return !1;
  let tailCall = inner[0].type !== "expression_statement" || !inner[0].text.trimEnd().endsWith(";");
  if (returns && !tailCall) return !1;
  let call = inner[0].type === "expression_statement" ? inner[0].namedChildren[0] : inner[0];
  if (call?.type !== "call_expression" || call.childForFieldName("function")?.id !== path26.id) return !1;
  let params = fn.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "attribute_item") ?? [], args = call.childForFieldName("arguments")?.namedChildren.filter((c) => !c.type.endsWith("comment")) ?? [];
  return params.length === args.length && params.every((p, i) => p.type === "parameter" && p.childForFieldName("pattern")?.type === "identifier" && args[i].type === "identifier" && args[i].text === p.childForFieldName("pattern").text);
}
function use(binding, item, nameNode, at, file, fileModule, kind, passThrough, owner = ownerOf(item)) {
  let name = nameNode.text;
  return {
    binding,
    item: kind,
    function: owner.implType ? `${owner.implType}::${name}` : name,
    functionName: name,
    unsafe: kind === "fn" && (item.namedChildren.find((c) => c.type === "function_modifiers")?.text.split(/\s+/).includes("unsafe") ?? !1),
    passThrough,
    ...owner,
    visibility: visibilityOf(item),
    module: moduleOf(item, fileModule),
    file,
    range: nodeRange(nameNode),
    useRange: nodeRange(at)
  };
}
function typeWrapping(n, file, module2, name) {
  let t = n, holder = t.parent?.type === "type_arguments" ? t.parent.parent : null;
  if (holder?.type === "generic_type" && t.parent.namedChildren.length === 1) {
    let outer = holder.childForFieldName("type");
    if (!HOLDERS.has((outer?.type === "scoped_type_identifier" ? outer.childForFieldName("name") : outer)?.text ?? "")) return;
    t = holder;
  }
  let p = t.parent;
  if (p?.type === "type_item" && p.childForFieldName("type")?.id === t.id && p.parent?.parent?.type === "impl_item") {
    let owner = ownerOf(p), implName = p.parent.parent.childForFieldName("type"), nameNode = implName?.type === "generic_type" ? implName.childForFieldName("type") : implName;
    return !owner.implType || !nameNode ? void 0 : { ...use(name.text, p.parent.parent, nameNode, n, file, module2, "type", !1, owner), function: owner.implType, functionName: owner.implType };
  }
  let fields = p?.type === "ordered_field_declaration_list" ? p : p?.type === "field_declaration" ? p.parent : null, struct = fields?.parent, only = fields?.namedChildren.filter((c) => c.type !== "visibility_modifier" && c.type !== "attribute_item" && !c.type.endsWith("comment")), structName = struct?.childForFieldName("name");
  if (!(struct?.type !== "struct_item" || !structName || only?.length !== 1))
    return { ...use(name.text, struct, structName, n, file, module2, "type", !1, { implType: structName.text }), function: structName.text };
}
function bindingUseAt(name, file, module2) {
  let n = name.parent;
  if (n?.type !== "scoped_identifier" && n?.type !== "scoped_type_identifier" || n.childForFieldName("name")?.startIndex !== name.startIndex || !BINDINGS_PATHS.has(n.childForFieldName("path")?.text ?? "") || inUseOrAttribute(n)) return;
  if (n.type === "scoped_type_identifier") return typeWrapping(n, file, module2, name);
  let fn = enclosingFunction(n), fnName = fn?.childForFieldName("name");
  if (fn && fnName) return use(name.text, fn, fnName, n, file, module2, "fn", isPassThrough(fn, n));
  let item = n.parent;
  for (; item && item.type !== "const_item"; ) item = item.parent;
  let constName = item?.childForFieldName("name");
  if (!(!item || !constName))
    return use(name.text, item, constName, n, file, module2, "const", item.childForFieldName("value")?.id === n.id);
}
function tokenText(tt) {
  let out = [], visit = (n) => {
    if (n.childCount === 0 || n.type === "identifier" || n.type.endsWith("literal")) out.push(n.text);
    else for (let c of n.children) visit(c);
  };
  return visit(tt), out.join(" ");
}
function macroConsts(root, file, fileModule) {
  let uses = [];
  for (let def of root.descendantsOfType("macro_definition")) {
    let macro = def.childForFieldName("name")?.text;
    if (macro)
      for (let rule of def.namedChildren.filter((c) => c.type === "macro_rule")) {
        let body = rule.childForFieldName("right");
        if (!body) continue;
        let text = tokenText(body), konst = new RegExp(String.raw`(?:^| )(pub (?:\( crate \) )?)?const \$(\w+) :`).exec(text);
        if (!konst) continue;
        let [, pub, name] = konst, owner = new RegExp(String.raw`\bimpl (\w+) \{`).exec(text.slice(0, konst.index))?.[1], namedLikeBinding = new RegExp(String.raw`${BINDINGS_TOKENS} \$${name}\b`).test(text), table = new RegExp(String.raw`\$${name} : ident = \$(\w+) : expr`).exec(tokenText(rule.childForFieldName("left") ?? rule));
        if (!(!namedLikeBinding && !table))
          for (let call of root.descendantsOfType("macro_invocation")) {
            if (call.childForFieldName("macro")?.text !== macro || enclosingFunction(call)) continue;
            let tokens = call.namedChildren.find((c) => c.type === "token_tree")?.children ?? [], entries = [];
            namedLikeBinding && tokens[1]?.type === "identifier" && entries.push({ nameNode: tokens[1], binding: tokens[1] });
            for (let i = 1; table && i + 2 < tokens.length; i++) {
              if (tokens[i].type !== "identifier" || tokens[i + 1].type !== "=" || !["(", ",", "{", "["].includes(tokens[i - 1].type)) continue;
              let j = i + 2;
              for (; j + 2 < tokens.length && tokens[j + 1]?.type === "::" && tokens[j + 2]?.type === "identifier" && tokens[j].text !== "bindings"; ) j += 2;
              tokens[j].text === "bindings" && tokens[j + 1]?.type === "::" && tokens[j + 2]?.type === "identifier" && entries.push({ nameNode: tokens[i], binding: tokens[j + 2] });
            }
            for (let e of entries) {
              let u = use(e.binding.text, call, e.nameNode, e.binding, file, fileModule, "const", !1, owner ? { implType: owner } : {});
              uses.push({ ...u, visibility: pub ? pub.replace(/\s+/g, "") : "" });
            }
          }
      }
  }
  return uses;
}
function indexKernelFile(file, relFromKernelDir, text, parse) {
  if (!text.includes("bindings")) return [];
  let uses = [], module2 = kernelModulePath(relFromKernelDir.split(path4.sep).join("/")), starts = lineStarts(text), root;
  for (let m of text.matchAll(BINDINGS_USE_RE)) {
    root ??= parse(text).rootNode;
    let at = positionAt(starts, m.index + m[0].length - m[1].length), found = bindingUseAt(root.descendantForPosition({ row: at.line, column: at.character }), file, module2);
    found && uses.push(found);
  }
  return text.includes("macro_rules!") && uses.push(...macroConsts(root ?? parse(text).rootNode, file, module2)), uses;
}
function addUses(byBinding, uses, only) {
  for (let u of uses) {
    if (only !== void 0 && u.binding !== only) continue;
    let list = byBinding.get(u.binding) ?? [];
    list.some((x) => x.file === u.file && x.module === u.module && x.function === u.function) || list.push(u), byBinding.set(u.binding, list);
  }
}
var path4, BINDINGS_PATHS, BINDINGS_USE_RE, HOLDERS, BINDINGS_TOKENS, KernelCrateIndex, init_kernelCrate = __esm({
  "server/src/core/index/kernelCrate.ts"() {
    "use strict";
    path4 = __toESM(require("node:path"));
    init_parse();
    init_text();
    BINDINGS_PATHS = /* @__PURE__ */ new Set(["bindings", "crate::bindings", "kernel::bindings", "::kernel::bindings", "$crate::bindings"]);
    BINDINGS_USE_RE = /\bbindings\s*::\s*([A-Za-z_][A-Za-z0-9_]*)/g;
    HOLDERS = /* @__PURE__ */ new Set(["Opaque", "UnsafeCell"]);
    BINDINGS_TOKENS = String.raw`(?:(?:\$crate|crate|kernel|:: kernel) :: )?bindings ::`;
    KernelCrateIndex = class {
      #files;
      #usesOf;
      #byBinding = /* @__PURE__ */ new Map();
      #all;
      /** `usesOf(i)` indexes file `i` of `files` (the host caches it); it is asked once per file at most. */
      constructor(files, usesOf) {
        let done = [];
        this.#files = files, this.#usesOf = (i) => done[i] ??= usesOf(i);
      }
      /** The kernel items (functions, consts, types) that use `bindings::<binding>`, in file order; undefined when none does. */
      uses(binding) {
        if (this.#all) return this.#all.get(binding);
        if (!this.#byBinding.has(binding)) {
          let found = /* @__PURE__ */ new Map();
          this.#files.forEach((f, i) => {
            mentions(f.text, binding) && addUses(found, this.#usesOf(i), binding);
          }), this.#byBinding.set(binding, found.get(binding) ?? []);
        }
        let list = this.#byBinding.get(binding);
        return list.length ? list : void 0;
      }
      /** Indexes file `i` (for work done ahead of requests, a few files at a time). */
      indexFile(i) {
        i < this.#files.length && this.#usesOf(i);
      }
      get fileCount() {
        return this.#files.length;
      }
      /** Every binding the kernel crate calls, with its uses. */
      all() {
        if (!this.#all) {
          let all = /* @__PURE__ */ new Map();
          this.#files.forEach((_, i) => addUses(all, this.#usesOf(i))), this.#all = all;
        }
        return this.#all;
      }
    };
  }
});

// server/src/core/index/headers.ts
function headerArch(path26) {
  return /^arch\/([^/]+)\//.exec(path26)?.[1];
}
function isPerArchHeader(path26) {
  return headerArch(path26) !== void 0 || /(^|\/)asm-generic\//.test(path26);
}
var NO_HEADERS, init_headers = __esm({
  "server/src/core/index/headers.ts"() {
    "use strict";
    NO_HEADERS = { find: () => [], complete: !0, provisional: 0, prepare: () => [], typedefs: () => [] };
  }
});

// server/src/core/index/kernelPaths.ts
function parent(module2) {
  let i = module2.lastIndexOf("::");
  return i < 0 ? void 0 : module2.slice(0, i);
}
function isPub(item) {
  return item.namedChildren.some((c) => c.type === "visibility_modifier" && c.text === "pub");
}
function resolveUsePath(module2, segments) {
  let base = module2, i = 0;
  for (segments[0] === "crate" || segments[0] === "kernel" ? (base = "kernel", i = 1) : segments[0] === "self" && (i = 1); segments[i] === "super"; i++) {
    let up = parent(base);
    if (!up) return;
    base = up;
  }
  return [base, ...segments.slice(i)].join("::");
}
function useEntries(node, prefix, out) {
  let segs = (n) => n.text.replace(/\s+/g, "").split("::");
  switch (node.type) {
    case "identifier":
    case "scoped_identifier": {
      let s = [...prefix, ...segs(node)];
      out.push({ segments: s, as: s[s.length - 1] });
      break;
    }
    case "use_as_clause": {
      let p = node.childForFieldName("path"), alias = node.childForFieldName("alias");
      p && alias && out.push({ segments: [...prefix, ...segs(p)], as: alias.text });
      break;
    }
    case "scoped_use_list": {
      let p = node.childForFieldName("path"), list = node.childForFieldName("list");
      list && useEntries(list, [...prefix, ...p ? segs(p) : []], out);
      break;
    }
    case "use_list":
      for (let c of node.namedChildren) useEntries(c, prefix, out);
      break;
    default:
      break;
  }
}
function typeNames(node, out) {
  node.type === "type_identifier" && out.add(node.text);
  for (let c of node.namedChildren) typeNames(c, out);
  return out;
}
function readModule(module2, nodes, out) {
  let items = { aliases: [], reexports: /* @__PURE__ */ new Map(), pubMods: /* @__PURE__ */ new Set(), pubItems: /* @__PURE__ */ new Set() };
  out.set(module2, items);
  for (let item of nodes) {
    let name = item.childForFieldName("name")?.text, body = item.type === "mod_item" ? item.childForFieldName("body") : null;
    if (body && name && readModule(`${module2}::${name}`, body.namedChildren, out), !!isPub(item)) {
      if (item.type === "mod_item" && name) items.pubMods.add(name);
      else if (item.type === "use_declaration") {
        let arg = item.childForFieldName("argument"), entries = [];
        arg && useEntries(arg, [], entries);
        for (let e of entries) {
          let target = resolveUsePath(module2, e.segments);
          target && items.reexports.set(target, e.as);
        }
      } else if (name) {
        items.pubItems.add(name);
        let target = item.type === "type_item" ? item.childForFieldName("type") : null;
        target && items.aliases.push({ name, mentions: typeNames(target, /* @__PURE__ */ new Set()) });
      }
    }
  }
}
var path5, EMPTY, KernelPaths, init_kernelPaths = __esm({
  "server/src/core/index/kernelPaths.ts"() {
    "use strict";
    path5 = __toESM(require("node:path"));
    init_parse();
    init_kernelCrate();
    EMPTY = { aliases: [], reexports: /* @__PURE__ */ new Map(), pubMods: /* @__PURE__ */ new Set(), pubItems: /* @__PURE__ */ new Set() };
    KernelPaths = class {
      texts = /* @__PURE__ */ new Map();
      trees = /* @__PURE__ */ new Map();
      modules = /* @__PURE__ */ new Map();
      /** `sources`: the kernel crate's files, with their paths relative to `rust/kernel/`. */
      constructor(sources) {
        for (let s of sources) this.texts.set(kernelModulePath(s.relFromKernelDir.split(path5.sep).join("/")), s.text);
      }
      /** The syntax tree of a module's file (`kernel::time` → rust/kernel/time.rs), parsed once. */
      fileTree(fileModule) {
        let tree = this.trees.get(fileModule), text = this.texts.get(fileModule);
        return !tree && text !== void 0 && (tree = parseRust(text), this.trees.set(fileModule, tree)), tree;
      }
      /** The module of the file that `module` is written in (itself, or an ancestor with inline `mod`s). */
      fileModuleOf(module2) {
        for (let m = module2; m; m = parent(m)) if (this.texts.has(m)) return m;
      }
      items(module2) {
        let items = this.modules.get(module2);
        if (!items) {
          let file = this.fileModuleOf(module2), tree = file && !this.modules.has(file) ? this.fileTree(file) : void 0;
          file && tree && readModule(file, tree.rootNode.namedChildren, this.modules), items = this.modules.get(module2) ?? EMPTY, this.modules.set(module2, items);
        }
        return items;
      }
      /** Whether `module` defines a `pub` item `name` (a function, type, trait …). */
      hasPublic(module2, name) {
        return this.items(module2).pubItems.has(name);
      }
      /** Whether `module` defines a `pub` item `name` that drivers can reach by that module's path. */
      isPublicItem(module2, name) {
        return this.items(module2).pubItems.has(name) && this.reachable(module2);
      }
      /** Whether every module from `kernel` down to `module` is `pub mod` in its parent. */
      reachable(module2) {
        for (let m = module2, up = parent(m); up; m = up, up = parent(m))
          if (!this.items(up).pubMods.has(m.slice(up.length + 2))) return !1;
        return !0;
      }
      /**
       * The public path through which drivers use the implementing type `implType` of module
       * `module`: through the one alias there that names it (`MutexBackend` → `Mutex`; among
       * several, the one whose name `implType` starts with), then the highest ancestor that
       * re-exports it. Undefined unless it differs from `module::implType` and is certain.
       */
      publicPathOf(module2, implType) {
        let { aliases, pubItems } = this.items(module2), naming = aliases.filter((a) => a.name !== implType && a.mentions.has(implType)), chosen = naming.length === 1 ? naming : naming.filter((a) => implType.startsWith(a.name)), name;
        if (chosen.length === 1) name = chosen[0].name;
        else if (!naming.length && pubItems.has(implType)) name = implType;
        else return;
        let exported = this.exported(module2, name);
        return exported === `${module2}::${implType}` ? void 0 : exported;
      }
      /**
       * The path a driver names the `pub` item `name` of `module` by (a function, const or type):
       * through the highest ancestor that re-exports it, when every module on the way is public.
       * `isPub`: the caller knows it is `pub` (a const a macro of the module defines).
       */
      publicItemPath(module2, name, isPub2 = !1) {
        return isPub2 || this.items(module2).pubItems.has(name) ? this.exported(module2, name) : void 0;
      }
      exported(module2, name) {
        let cur = { module: module2, name };
        for (let a = parent(cur.module); a; a = parent(a)) {
          let as = this.items(a).reexports.get(`${cur.module}::${cur.name}`);
          as && (cur = { module: a, name: as });
        }
        return this.reachable(cur.module) ? `${cur.module}::${cur.name}` : void 0;
      }
    };
  }
});

// server/src/core/index/index.ts
function bindingsGenerated(model, index) {
  return index.bindingsFrom === "generated" && model.generated.bindings && model.generated.helpers && index.bindings.files.length > 0;
}
function indexGenerated(kind, src) {
  return BindingsOutline.scan(src.file, GENERATED_SOURCE[kind], src.bytes);
}
function indexManualBindings(src) {
  return indexBindingsFile(src.file, "manual", src.text, parseRust(src.text));
}
function indexKernelSource(model, src) {
  let rel2 = relativeToTree(model, src.file);
  return indexKernelFile(src.file, path6.posix.relative("rust/kernel", rel2), src.text, parseRust);
}
function indexBindingsHelper(src) {
  return { file: src.file, includes: parseIncludes(src.text).filter((inc) => inc.system), eol: eolOf(src.text) };
}
function joinIndex(model, helpers, parts, headers = NO_HEADERS) {
  let problems = [], bindingFiles = [];
  for (let [, f] of Object.entries(parts.bindingsFiles))
    f && (f.problem && problems.push({ file: f.file, line: f.problem.line, message: f.problem.message }), bindingFiles.push(f));
  parts.manual && bindingFiles.push(fileItems(parts.manual));
  let { uapi } = parts;
  uapi?.truncated && problems.push({ file: uapi.file, line: uapi.truncated.line, message: uapi.truncated.message });
  let helperIndex, uapiIndex;
  return {
    get helpers() {
      return helperIndex ??= helpers();
    },
    bindings: new BindingsIndex(bindingFiles),
    bindingsFrom: parts.fromHeaders ? "headers" : parts.bindingsFiles.bindings ? "generated" : "none",
    get uapi() {
      return uapiIndex ??= new BindingsIndex(uapi ? [uapi.index()] : []);
    },
    kernel: new KernelCrateIndex(parts.kernelSources, (i) => parts.kernelUses(parts.kernelSources[i])),
    kernelPaths: new KernelPaths(parts.kernelSources.map((src) => ({
      relFromKernelDir: path6.posix.relative("rust/kernel", relativeToTree(model, src.file)),
      text: src.text
    }))),
    headers,
    bindingsHelper: parts.bindingsHelper,
    problems
  };
}
var path6, GENERATED_SOURCE, init_index = __esm({
  "server/src/core/index/index.ts"() {
    "use strict";
    path6 = __toESM(require("node:path"));
    init_parse();
    init_tree();
    init_bindings();
    init_bindingsScanner();
    init_helpers();
    init_kernelCrate();
    init_headers();
    init_kernelPaths();
    init_headerScan();
    init_text();
    GENERATED_SOURCE = { bindings: "bindings", helpers: "helpers", uapi: "uapi" };
  }
});

// server/src/core/types/coreFunctions.ts
function concrete(text, generics) {
  let t = typeFromText(text), names = new Set(generics), mentionsGeneric = (u) => {
    switch (u.kind) {
      case "path":
        return u.segments.some((s) => names.has(s)) || u.args.some(mentionsGeneric);
      case "pointer":
        return mentionsGeneric(u.pointee);
      case "reference":
        return mentionsGeneric(u.referent);
      case "array":
      case "slice":
        return mentionsGeneric(u.element);
      case "tuple":
        return u.elements.some(mentionsGeneric);
      default:
        return !0;
    }
  };
  return t && !mentionsGeneric(t) ? t : void 0;
}
function coreFunction(absolute) {
  let segs = stripGlobal(absolute), tail = segs.slice(1).join("::"), key2 = segs[0] === "std" ? [`core::${tail}`, `alloc::${tail}`].find((k) => k in CORE_FUNCTIONS) : segs.join("::"), s = key2 === void 0 ? void 0 : CORE_FUNCTIONS[key2];
  if (!key2 || !s) return;
  let f = read.get(key2);
  return f || (f = { unsafe: s.unsafe, params: s.params.map((p) => concrete(p, s.generics)), returns: concrete(s.returns, s.generics) }, read.set(key2, f)), f;
}
var safe, unsafe, CORE_FUNCTIONS, read, init_coreFunctions = __esm({
  "server/src/core/types/coreFunctions.ts"() {
    "use strict";
    init_rustType();
    init_typeText();
    safe = (generics, params, returns = "()") => ({ unsafe: !1, generics, params, returns }), unsafe = (generics, params, returns = "()") => ({ unsafe: !0, generics, params, returns }), CORE_FUNCTIONS = {
      "core::slice::from_raw_parts": unsafe(["T"], ["*const T", "usize"], "&[T]"),
      "core::slice::from_raw_parts_mut": unsafe(["T"], ["*mut T", "usize"], "&mut [T]"),
      "core::ptr::slice_from_raw_parts": safe(["T"], ["*const T", "usize"], "*const [T]"),
      "core::ptr::slice_from_raw_parts_mut": safe(["T"], ["*mut T", "usize"], "*mut [T]"),
      "core::ptr::copy": unsafe(["T"], ["*const T", "*mut T", "usize"]),
      "core::ptr::copy_nonoverlapping": unsafe(["T"], ["*const T", "*mut T", "usize"]),
      "core::ptr::write_bytes": unsafe(["T"], ["*mut T", "u8", "usize"]),
      "core::ptr::null": safe(["T"], [], "*const T"),
      "core::ptr::null_mut": safe(["T"], [], "*mut T"),
      "core::ptr::read": unsafe(["T"], ["*const T"], "T"),
      "core::ptr::read_volatile": unsafe(["T"], ["*const T"], "T"),
      "core::ptr::write": unsafe(["T"], ["*mut T", "T"]),
      "core::ptr::write_volatile": unsafe(["T"], ["*mut T", "T"]),
      "core::ptr::eq": safe(["T"], ["*const T", "*const T"], "bool"),
      "core::ptr::drop_in_place": unsafe(["T"], ["*mut T"]),
      "core::mem::size_of": safe(["T"], [], "usize"),
      "core::mem::align_of": safe(["T"], [], "usize"),
      "core::mem::size_of_val": safe(["T"], ["&T"], "usize"),
      "core::mem::forget": safe(["T"], ["T"]),
      "core::mem::zeroed": unsafe(["T"], [], "T"),
      "core::str::from_utf8": safe(["Utf8Error"], ["&[u8]"], "Result<&str, Utf8Error>"),
      "alloc::alloc::alloc": unsafe(["Layout"], ["Layout"], "*mut u8"),
      "alloc::alloc::alloc_zeroed": unsafe(["Layout"], ["Layout"], "*mut u8"),
      "alloc::alloc::dealloc": unsafe(["Layout"], ["*mut u8", "Layout"]),
      "alloc::alloc::realloc": unsafe(["Layout"], ["*mut u8", "Layout", "usize"], "*mut u8")
    }, read = /* @__PURE__ */ new Map();
  }
});

// server/src/core/configTypes.ts
function selectedOn(arch, by) {
  let options = by[arch];
  return options ? { selectedBy: options } : !1;
}
function isConfigCondition(cond) {
  return /\bCONFIG_\w+|\b(?:__)?BITS_PER_LONG\b/.test(cond);
}
function symbolsIn(cond) {
  return [...new Set(cond.match(/\bCONFIG_\w+/g) ?? [])];
}
function symbolValue(sym, arch, assume) {
  let value = arch && SYMBOLS[sym]?.(arch);
  if (value !== void 0)
    return typeof value == "boolean" ? value : assume.get(sym);
}
function choiceSymbol(sym, arch) {
  let value = SYMBOLS[sym]?.(arch);
  return typeof value == "object" ? value.selectedBy : void 0;
}
function truth(v) {
  return typeof v == "number" ? v !== 0 : v;
}
function conditionHolds(cond, arch, assume) {
  return new ConditionEvaluator(cond, arch, assume).run();
}
function configConditions(decl) {
  return decl.conditions.filter(isConfigCondition);
}
function where2(decl) {
  return `${decl.path}:${decl.line + 1}`;
}
function typedefOn(decls, arch, assume) {
  let perArch2 = decls.some((d) => headerArch(d.path) !== void 0);
  if (!perArch2 && (!decls.some((d) => configConditions(d).length) || new Set(decls.map((d) => d.type)).size === 1)) return { kind: "fixed" };
  let name = decls[0].name;
  if (!arch) return { kind: "unknown", why: `\`${name}\` depends on the arch` };
  let candidates = perArch2 ? decls.filter((d) => headerArch(d.path) === kernelArchName(arch)) : decls;
  if (!candidates.length) return { kind: "unknown", why: `\`${name}\` is each arch's own type, and the tree has no header defining it there` };
  let active = [], choices = /* @__PURE__ */ new Set();
  for (let d of candidates) {
    let conds = configConditions(d), values = conds.map((c) => conditionHolds(c, arch, assume));
    if (values.includes(!1)) continue;
    if (values.every((v) => v === !0)) {
      active.push(d);
      continue;
    }
    let open = conds.filter((_, i) => values[i] === void 0).flatMap(symbolsIn).filter((s) => choiceSymbol(s, arch) && !assume.has(s));
    if (!open.length) return { kind: "unknown", why: `\`#if ${conds.find((_, i) => values[i] === void 0)}\` (${where2(d)}) cannot be decided on ${arch}` };
    open.forEach((s) => choices.add(s));
  }
  if (choices.size) return { kind: "choice", symbols: [...choices], candidates };
  if (new Set(active.map((d) => d.type)).size !== 1)
    return { kind: "unknown", why: active.length ? `\`${name}\` has ${active.length} definitions on ${arch} (${active.map(where2).join(", ")})` : `no definition of \`${name}\` applies on ${arch}` };
  let decl = active[0], decisive = [];
  for (let s of new Set(configConditions(decl).flatMap(symbolsIn))) {
    let v = symbolValue(s, arch, assume);
    v !== void 0 && decisive.push([s, v]);
  }
  return { kind: "defined", decl, decisive };
}
function phrase(value, options) {
  return value ? `with ${options.join(" or ")}` : options.length === 1 ? `without ${options[0]}` : `with neither ${options.join(" nor ")}`;
}
function configChoices(arch, symbols) {
  let selectors = /* @__PURE__ */ new Map();
  for (let s of symbols) {
    let by = choiceSymbol(s, arch);
    by && selectors.set(s, by);
  }
  if (!selectors.size) return [{ assume: NO_ASSUMPTIONS, label: "" }];
  let options = [...new Set([...selectors.values()].flat())], seen = /* @__PURE__ */ new Map();
  for (let bits = (1 << options.length) - 1; bits >= 0; bits--) {
    let enabled = new Set(options.filter((_, i) => bits & 1 << i)), assume = new Map([...selectors].map(([s, by]) => [s, by.some((o) => enabled.has(o))])), key2 = [...assume.values()].join();
    if (seen.has(key2)) continue;
    let implied = (s) => [...selectors.keys()].some((t) => {
      if (t === s || assume.get(t) !== assume.get(s)) return !1;
      let [small, large] = assume.get(s) ? [selectors.get(t), selectors.get(s)] : [selectors.get(s), selectors.get(t)];
      return small.length < large.length && small.every((o) => large.includes(o));
    }), phrases = [...new Set([...selectors].filter(([s]) => !implied(s)).map(([s, by]) => phrase(assume.get(s), by)))];
    seen.set(key2, { assume, label: phrases.join(", ") });
  }
  return [...seen.values()];
}
var SYMBOLS, WORD_SIZE, NO_ASSUMPTIONS, ConditionEvaluator, init_configTypes = __esm({
  "server/src/core/configTypes.ts"() {
    "use strict";
    init_archTable();
    init_headers();
    SYMBOLS = {
      CONFIG_64BIT: (a) => pointerBits(a) === 64,
      CONFIG_PHYS_ADDR_T_64BIT: (a) => pointerBits(a) === 64 || selectedOn(a, { arm: ["CONFIG_ARM_LPAE"], powerpc: ["CONFIG_PHYS_64BIT"] }),
      CONFIG_ARCH_DMA_ADDR_T_64BIT: (a) => pointerBits(a) === 64 || selectedOn(a, { arm: ["CONFIG_ARM_LPAE", "CONFIG_XEN"], powerpc: ["CONFIG_PHYS_64BIT"] })
    }, WORD_SIZE = /* @__PURE__ */ new Set(["BITS_PER_LONG", "__BITS_PER_LONG"]), NO_ASSUMPTIONS = /* @__PURE__ */ new Map();
    ConditionEvaluator = class {
      constructor(text, arch, assume) {
        this.arch = arch;
        this.assume = assume;
        this.tokens = text.match(/\w+|&&|\|\||[=!<>]=|[()!<>]/g) ?? [];
      }
      arch;
      assume;
      tokens;
      i = 0;
      run() {
        let v = this.or();
        return this.i === this.tokens.length ? truth(v) : void 0;
      }
      peek() {
        return this.tokens[this.i];
      }
      or() {
        let v = this.and();
        for (; this.peek() === "||"; ) {
          this.i++;
          let r = this.and();
          v = truth(v) === !0 || truth(r) === !0 ? !0 : truth(v) === !1 && truth(r) === !1 ? !1 : void 0;
        }
        return v;
      }
      and() {
        let v = this.comparison();
        for (; this.peek() === "&&"; ) {
          this.i++;
          let r = this.comparison();
          v = truth(v) === !1 || truth(r) === !1 ? !1 : truth(v) === !0 && truth(r) === !0 ? !0 : void 0;
        }
        return v;
      }
      comparison() {
        let l = this.unary(), op = this.peek();
        if (!op || !["==", "!=", "<", ">", "<=", ">="].includes(op)) return l;
        this.i++;
        let r = this.unary();
        if (!(typeof l != "number" || typeof r != "number"))
          switch (op) {
            case "==":
              return l === r;
            case "!=":
              return l !== r;
            case "<":
              return l < r;
            case ">":
              return l > r;
            case "<=":
              return l <= r;
            default:
              return l >= r;
          }
      }
      unary() {
        let t = this.tokens[this.i++];
        if (t === "!") {
          let v = truth(this.unary());
          return v === void 0 ? void 0 : !v;
        }
        if (t === "(") {
          let v = this.or();
          return this.tokens[this.i++] === ")" ? v : void 0;
        }
        if (t === "defined" || t === "IS_ENABLED" || t === "IS_BUILTIN") {
          let paren = this.peek() === "(";
          paren && this.i++;
          let sym = this.tokens[this.i++];
          return paren && this.tokens[this.i++] !== ")" ? void 0 : sym ? this.symbol(sym) : void 0;
        }
        if (t !== void 0)
          return /^\d+$/.test(t) ? Number(t) : WORD_SIZE.has(t) ? this.arch && pointerBits(this.arch) : t.startsWith("CONFIG_") ? this.symbol(t) : void 0;
      }
      symbol(sym) {
        return WORD_SIZE.has(sym) ? this.arch ? !0 : void 0 : symbolValue(sym, this.arch, this.assume);
      }
    };
  }
});

// server/src/core/types/perArch.ts
function unknown(why) {
  return { kind: "unknown", why };
}
function isKnown(t) {
  switch (t.kind) {
    case "unknown":
      return !1;
    case "path":
      return t.args.every(isKnown);
    case "pointer":
      return isKnown(t.pointee);
    case "reference":
      return isKnown(t.referent);
    case "array":
    case "slice":
      return isKnown(t.element);
    case "tuple":
      return t.elements.every(isKnown);
    default:
      return !0;
  }
}
function unknownWhy(t) {
  switch (t.kind) {
    case "unknown":
      return t.why;
    case "path":
      return t.args.map(unknownWhy).find(Boolean);
    case "pointer":
      return unknownWhy(t.pointee);
    case "reference":
      return unknownWhy(t.referent);
    case "array":
    case "slice":
      return unknownWhy(t.element);
    case "tuple":
      return t.elements.map(unknownWhy).find(Boolean);
    default:
      return;
  }
}
var PerArchTypes, init_perArch = __esm({
  "server/src/core/types/perArch.ts"() {
    "use strict";
    init_archTable();
    init_configTypes();
    init_bindings();
    init_rustType();
    PerArchTypes = class {
      /** `readNow`: for an explicit request (hover), headers still being read are read at once. */
      constructor(bindings2, headers, model, readNow = !1) {
        this.bindings = bindings2;
        this.headers = headers;
        this.model = model;
        this.readNow = readNow;
      }
      bindings;
      headers;
      model;
      readNow;
      /** `t` on `arch` (undefined: an arch the table does not know) under `assume`. */
      on(t, arch, assume = NO_ASSUMPTIONS, trace) {
        return this.expand(t, arch, assume, trace, 0);
      }
      /**
       * Every arch of the tree, split by the config choices that decide one of `types` there
       * (arm with and without CONFIG_ARM_LPAE for `phys_addr_t`), then the arches the table does
       * not know.
       */
      variants(types) {
        let out = [];
        for (let arch of this.model.arches) {
          let choices = /* @__PURE__ */ new Set();
          for (let t of types) this.expand(t, arch, NO_ASSUMPTIONS, { choices }, 0);
          for (let c of configChoices(arch, choices)) out.push({ label: c.label ? `${arch} ${c.label}` : arch, arch, assume: c.assume });
        }
        for (let name of this.model.unknownArches) out.push({ label: name, arch: void 0, assume: NO_ASSUMPTIONS });
        return out;
      }
      expand(t, arch, assume, trace, depth) {
        if (depth > 32) return t;
        let inner = (x) => this.expand(x, arch, assume, trace, depth + 1);
        switch (t.kind) {
          case "path": {
            let segs = stripGlobal(t.segments), last = segs[segs.length - 1];
            if (segs.length === 1 && PRIMITIVES.has(last)) return pathType(last);
            if (segs.length >= 2 && segs[segs.length - 2] === "ffi") {
              if (last === "c_void") return pathType("c_void");
              if (isCTypeName(last)) {
                let m = segs[0] === "core" || segs[0] === "std" ? "core" : this.model.mapping, p = arch ? cTypeToRust(last, arch, m) : cTypeOnUnknownArch(last, m);
                return p ? pathType(p) : unknown(`\`${typeToString(t)}\` follows the C ABI of the arch`);
              }
            }
            if (segs.length === 1 || segs.length === 2 && segs[0] === "bindings") {
              let alias = this.bindings.aliases.get(last);
              if (alias) return this.alias(alias, arch, assume, trace, depth);
            }
            return { kind: "path", segments: segs, args: t.args.map(inner) };
          }
          case "pointer":
            return { ...t, pointee: inner(t.pointee) };
          case "reference":
            return { ...t, referent: inner(t.referent) };
          case "array":
          case "slice":
            return { ...t, element: inner(t.element) };
          case "tuple":
            return { ...t, elements: t.elements.map(inner) };
          default:
            return t;
        }
      }
      /** A binding alias on an arch: the generated target, unless its C definition differs by arch or config. */
      alias(alias, arch, assume, trace, depth) {
        let follow = (t, tr = trace) => this.expand(t, arch, assume, tr, depth + 1);
        if (alias.source === "manual") return follow(alias.target);
        let decls = this.headers.typedefs(cNameOf(alias.name), this.readNow);
        if (!decls) return unknown("the C headers are still being read");
        if (!decls.length) return follow(alias.target);
        let on = typedefOn(decls, arch, assume);
        switch (on.kind) {
          case "fixed":
            return follow(alias.target);
          case "unknown":
            return unknown(on.why);
          case "choice":
            if (trace?.choices) {
              on.symbols.forEach((s) => trace.choices.add(s));
              for (let d of on.candidates) {
                let c = this.fromC(d.type);
                c && follow(c, { choices: trace.choices });
              }
            }
            return unknown(`\`${alias.name}\` depends on ${on.symbols.join(", ")} on ${arch}`);
          case "defined": {
            trace?.decisions?.push({ alias: alias.name, decl: on.decl, decisive: on.decisive });
            let c = this.fromC(on.decl.type);
            return c ? follow(c) : unknown(`\`${on.decl.type}\` (${on.decl.path}:${on.decl.line + 1}) is not in the bindings`);
          }
        }
      }
      /** A C type as a typedef spells it, in bindings terms (`u64` → `u64_`, `unsigned long` → `ffi::c_ulong`). */
      fromC(spelling2) {
        let s = spelling2.trim();
        if (s.endsWith("*")) {
          let pointee = s.slice(0, -1).trim(), p = pointee === "void" || pointee === "const void" ? pathType("c_void") : this.fromC(pointee);
          return p && { kind: "pointer", mutable: !/\bconst\b/.test(pointee), pointee: p };
        }
        let bare = s.replace(/\b(?:const|volatile)\b/g, " ").trim(), c = cTypeNameOf(bare);
        if (c) return pathType("ffi", c);
        if (bare === "_Bool" || bare === "bool") return pathType("bool");
        let tagged = /^(?:struct|union)\s+(\w+)$/.exec(bare);
        if (tagged) return this.bindings.structs.has(tagged[1]) ? pathType(tagged[1]) : void 0;
        if (!/^\w+$/.test(bare)) return;
        let name = bindingNameOf(bare);
        return this.bindings.aliases.has(name) || this.bindings.structs.has(name) ? pathType(name) : void 0;
      }
    };
  }
});

// server/src/core/types/literals.ts
function intLiteralValue(text) {
  let m = /^(0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(?:[iu](?:8|16|32|64|128|size))?$/i.exec(text);
  if (!m) return;
  let digits = m[1].replace(/_/g, ""), v = /^0[xob]/i.test(digits) ? Number(digits.toLowerCase()) : Number(digits);
  return Number.isSafeInteger(v) ? v : void 0;
}
function unescapeBytes(body) {
  let out = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c !== "\\") {
      out.push(...UTF82.encode(c));
      continue;
    }
    let e = body[++i];
    if (e === "x") {
      let hex2 = body.slice(i + 1, i + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex2)) return;
      out.push(parseInt(hex2, 16)), i += 2;
    } else if (e === `
` || e === "\r")
      for (; i + 1 < body.length && /\s/.test(body[i + 1]); ) i++;
    else if (e !== void 0 && e in SIMPLE_ESCAPES)
      out.push(SIMPLE_ESCAPES[e]);
    else
      return;
  }
  return out;
}
function byteLiteralValue(text) {
  if (!text.startsWith("b'") || !text.endsWith("'")) return;
  let bytes = unescapeBytes(text.slice(2, -1));
  return bytes?.length === 1 ? bytes[0] : void 0;
}
function byteStringBytes(text) {
  let raw = /^br(#*)"([\s\S]*)"\1$/.exec(text);
  if (raw) return [...UTF82.encode(raw[2])];
  if (!(!text.startsWith('b"') || !text.endsWith('"') || text.length < 3))
    return unescapeBytes(text.slice(2, -1));
}
var UTF82, SIMPLE_ESCAPES, init_literals = __esm({
  "server/src/core/types/literals.ts"() {
    "use strict";
    UTF82 = new TextEncoder(), SIMPLE_ESCAPES = { n: 10, r: 13, t: 9, "\\": 92, 0: 0, "'": 39, '"': 34 };
  }
});

// server/src/core/types/resolve.ts
function pathSegments2(node) {
  if (node.type === "scoped_identifier" || node.type === "scoped_type_identifier") {
    let p = node.childForFieldName("path"), name = node.childForFieldName("name"), head = p ? pathSegments2(p) : [""];
    return name ? [...head, name.text] : head;
  }
  return [node.text];
}
function literalSuffix(text) {
  return (/^0x/i.test(text) ? /[iu](8|16|32|64|128|size)$/ : SUFFIX_RE).exec(text)?.[0];
}
function isUnsuffixedInt(n) {
  return n.type === "integer_literal" && !literalSuffix(n.text);
}
function kernelItem(input, use2, types) {
  let paths = input.index.kernelPaths;
  if (paths.fileModuleOf(use2.module) !== use2.module) return;
  let tree = paths.fileTree(use2.module);
  if (!tree) return;
  let node = tree.rootNode.descendantForPosition({ row: use2.range.start.line, column: use2.range.start.character });
  for (; node && !types.includes(node.type); ) node = node.parent;
  if (!(!node || node.childForFieldName("name")?.text !== use2.functionName))
    return { node, resolver: kernelResolver(input, tree) };
}
function kernelResolver(input, tree) {
  let resolver = kernelResolvers.get(tree);
  return resolver || (resolver = new TypeResolver({ tree, model: input.model, index: input.index, crate: { name: "kernel", kind: "kernel" } }), kernelResolvers.set(tree, resolver)), resolver;
}
function kernelPublicPath(index, use2) {
  let paths = index.kernelPaths;
  if (use2.visibility !== "pub") return;
  if (!use2.implType || use2.item === "type") return paths.publicItemPath(use2.module, use2.functionName, use2.item === "const");
  let owner = paths.publicItemPath(use2.module, use2.implType);
  return owner && `${owner}::${use2.functionName}`;
}
function kernelFunctionAt(input, path26) {
  let module2 = path26.slice(0, -1).join("::"), name = path26[path26.length - 1], paths = input.index.kernelPaths;
  if (paths.fileModuleOf(module2) !== module2 || !paths.isPublicItem(module2, name)) return;
  let tree = paths.fileTree(module2), node = tree.rootNode.namedChildren.find((c) => c.type === "function_item" && c.childForFieldName("name")?.text === name);
  return node && { node, resolver: kernelResolver(input, tree) };
}
function isUnsafeFn(fn) {
  return /\bunsafe\b/.test(fn.namedChildren.find((c) => c.type === "function_modifiers")?.text ?? "");
}
function isStaticMut(item) {
  return item.type === "static_item" && item.children.some((c) => c.type === "mutable_specifier");
}
function bindsName(pattern, name) {
  return pattern.type === "identifier" ? pattern.text === name : pattern.descendantsOfType(["identifier", "shorthand_field_identifier"]).some((d) => d.text === name && d.parent?.type !== "scoped_identifier");
}
function conditionBinds(cond, name) {
  return (cond.type === "let_condition" ? [cond] : cond.type === "let_chain" ? cond.namedChildren.filter((c) => c.type === "let_condition") : []).some((l) => {
    let pat = l.childForFieldName("pattern");
    return pat !== null && bindsName(pat, name);
  });
}
function tailExpression(block) {
  let last = block.namedChildren[block.namedChildren.length - 1];
  if (!(!last || last.type.endsWith("_declaration") || last.type.endsWith("_item")))
    return last.type === "expression_statement" ? last.text.trimEnd().endsWith(";") ? void 0 : last.namedChildren[0] : last.type.endsWith("comment") ? void 0 : last;
}
function enclosingFunction2(n) {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === "closure_expression") return;
    if (p.type === "function_item") return p;
  }
}
function functionWhoseTailIs(n) {
  let cur = n;
  for (; ; ) {
    let block = cur.parent?.type === "expression_statement" ? cur.parent.parent : cur.parent;
    if (block?.type !== "block" || tailExpression(block)?.id !== cur.id) return;
    let owner = block.parent;
    if (owner?.type === "function_item") return owner;
    if (owner?.type !== "unsafe_block") return;
    cur = owner;
  }
}
var LOCAL, UAPI, SUFFIX_RE, POINTER_READS, POINTER_STEPS, TypeResolver, kernelResolvers, init_resolve = __esm({
  "server/src/core/types/resolve.ts"() {
    "use strict";
    init_archTable();
    init_index();
    init_rustType();
    init_coreFunctions();
    init_perArch();
    init_literals();
    LOCAL = "<local>", UAPI = "<uapi>", SUFFIX_RE = /(i8|u8|i16|u16|i32|u32|i64|u64|i128|u128|isize|usize|f32|f64)$/, POINTER_READS = /* @__PURE__ */ new Set(["read", "read_volatile", "read_unaligned"]), POINTER_STEPS = /* @__PURE__ */ new Set(["add", "sub", "offset", "wrapping_add", "wrapping_sub", "wrapping_offset"]), TypeResolver = class {
      constructor(input) {
        this.input = input;
        for (let n of input.tree.rootNode.namedChildren) {
          let name = n.childForFieldName("name")?.text;
          switch (n.type) {
            case "use_declaration": {
              let arg = n.childForFieldName("argument");
              arg && this.readUse(arg, []);
              break;
            }
            case "type_item":
              name && !n.childForFieldName("type_parameters") && this.typeAliases.set(name, n);
              break;
            case "struct_item":
            case "union_item":
              name && !n.childForFieldName("type_parameters") && this.structs.set(name, n);
              break;
            case "const_item":
            case "static_item":
            case "function_item":
              name && this.items.set(name, n);
              break;
            case "mod_item":
              name === "bindings" && (this.ownBindings = !0), name && n.childForFieldName("body") && this.modules.set(name, n);
              break;
            case "impl_item": {
              let type = n.childForFieldName("type");
              type?.type === "type_identifier" && !n.childForFieldName("type_parameters") && this.impls.set(type.text, [...this.impls.get(type.text) ?? [], n]);
              break;
            }
            case "extern_crate_declaration":
              n.childForFieldName("alias")?.text === "bindings" && (this.ownBindings = !0);
              break;
          }
        }
      }
      input;
      imports = /* @__PURE__ */ new Map();
      globs = [];
      typeAliases = /* @__PURE__ */ new Map();
      structs = /* @__PURE__ */ new Map();
      items = /* @__PURE__ */ new Map();
      /** `mod x { … }` written inline: its consts, statics and functions are reached as `x::NAME`. */
      modules = /* @__PURE__ */ new Map();
      /** The `impl` blocks of each (non-generic) struct of the file, read for their methods on first use. */
      impls = /* @__PURE__ */ new Map();
      methodTables = /* @__PURE__ */ new Map();
      methodNameSet;
      /** `mod bindings`, `use … as bindings` or `extern crate … as bindings` at the top of the file. */
      ownBindings = !1;
      blockLets = /* @__PURE__ */ new Map();
      depth = 0;
      #archTypes;
      get bindings() {
        return this.input.index.bindings;
      }
      readUse(n, prefix) {
        switch (n.type) {
          case "identifier":
          case "crate":
          case "super":
          case "scoped_identifier": {
            let segs = [...prefix, ...pathSegments2(n)];
            this.imports.set(segs[segs.length - 1], segs);
            return;
          }
          case "use_as_clause": {
            let p = n.childForFieldName("path"), alias = n.childForFieldName("alias");
            p && alias && this.imports.set(alias.text, [...prefix, ...pathSegments2(p)]), alias?.text === "bindings" && (this.ownBindings = !0);
            return;
          }
          case "use_wildcard": {
            let p = n.namedChildren[0];
            this.globs.push(p ? [...prefix, ...pathSegments2(p)] : prefix);
            return;
          }
          case "scoped_use_list": {
            let p = n.childForFieldName("path"), list = n.childForFieldName("list"), base = p ? [...prefix, ...pathSegments2(p)] : prefix;
            for (let c of list?.namedChildren ?? [])
              c.type === "self" ? this.imports.set(base[base.length - 1], base) : this.readUse(c, base);
            return;
          }
          case "use_list":
            for (let c of n.namedChildren) this.readUse(c, prefix);
            return;
        }
      }
      /** `crate::`, `$crate::` and `::kernel::` in the kernel crate all mean `kernel::`; imports expand. */
      absolute(segs, depth = 0) {
        let global = segs[0] === "", s = stripGlobal(segs);
        (s[0] === "crate" || s[0] === "$crate") && (s = [this.input.crate.name, ...s.slice(1)]);
        let imported = !global && s.length > 0 ? this.imports.get(s[0]) : void 0;
        return imported && depth < 8 && !(imported.length === 1 && imported[0] === s[0]) && !(s.length === 1 && this.isLocallyDefined(s[0])) && (s = [...this.absolute(imported, depth + 1), ...s.slice(1)]), s;
      }
      isLocallyDefined(name) {
        return this.items.has(name) || this.structs.has(name) || this.typeAliases.has(name);
      }
      /** A path that names something of the `bindings`, `uapi` or `ffi` crates, normalised; else undefined. */
      classify(abs) {
        let last = abs[abs.length - 1], head = abs.slice(0, -1).join("::");
        if (head === "bindings" || head === "kernel::bindings") return { crate: "bindings", name: last };
        if (head === "uapi" || head === "kernel::uapi") return { crate: "uapi", name: last };
        if (head === "core::ffi" || head === "std::ffi") return { crate: "ffi", type: pathType("core", "ffi", last) };
        if (head === "ffi" || head === "kernel::ffi") return { crate: "ffi", type: last === "c_void" ? pathType("c_void") : pathType("ffi", last) };
      }
      /** Names a bare identifier reaches through `use …::*`. */
      fromGlobs(name, isType) {
        for (let g of this.globs) {
          let abs = [...this.absolute(g), name], c = this.classify(abs);
          if (c && (c.crate === "ffi" && /^c_/.test(name) || c.crate === "bindings" && (isType ? this.bindings.aliases.has(name) || this.bindings.structs.has(name) : this.bindings.has(name)) || c.crate === "uapi" && this.input.index.uapi.has(name)))
            return abs;
        }
      }
      // ---- types as written ----
      /** The normalised type a type node denotes, or undefined. */
      resolveTypeNode(node) {
        switch (node.type) {
          case "primitive_type":
            return pathType(node.text);
          case "type_identifier":
          case "scoped_type_identifier":
            return this.resolveTypePath(pathSegments2(node));
          case "pointer_type":
          case "reference_type": {
            let inner = node.childForFieldName("type"), t = inner && this.resolveTypeNode(inner);
            if (!t) return;
            let mutable = node.children.some((c) => c.type === "mutable_specifier");
            return node.type === "pointer_type" ? { kind: "pointer", mutable, pointee: t } : { kind: "reference", mutable, referent: t };
          }
          case "array_type": {
            let el = node.childForFieldName("element"), t = el && this.resolveTypeNode(el);
            if (!t) return;
            let len = node.childForFieldName("length");
            return len ? { kind: "array", element: t, length: len.text.replace(/usize$/, "") } : { kind: "slice", element: t };
          }
          case "unit_type":
            return { kind: "tuple", elements: [] };
          default:
            return;
        }
      }
      resolveTypePath(written) {
        let segs = stripGlobal(written);
        if (segs.length === 1) {
          let name = segs[0];
          if (PRIMITIVES.has(name) && !this.imports.has(name)) return pathType(name);
          let alias = this.typeAliases.get(name);
          if (alias) return this.guard(() => {
            let t = alias.childForFieldName("type");
            return t ? this.resolveTypeNode(t) : void 0;
          });
          if (this.structs.has(name)) return pathType(LOCAL, name);
          if (!this.imports.has(name)) {
            let viaGlob = this.fromGlobs(name, !0);
            return viaGlob ? this.typeOfCrateItem(viaGlob) : void 0;
          }
        }
        return this.typeOfCrateItem(this.absolute(segs));
      }
      typeOfCrateItem(abs) {
        let c = this.classify(abs);
        if (c)
          return c.crate === "ffi" ? c.type : c.crate === "bindings" ? this.bindings.aliases.has(c.name) || this.bindings.structs.has(c.name) ? pathType(c.name) : void 0 : this.fromUapi(pathType(c.name));
      }
      /** uapi types in bindings-namespace form: aliases expanded, structs tagged. */
      fromUapi(t, depth = 0) {
        if (depth > 32) return;
        let uapi = this.input.index.uapi;
        switch (t.kind) {
          case "path": {
            let segs = stripGlobal(t.segments);
            if (segs.length === 1 && PRIMITIVES.has(segs[0]) || segs.length >= 2 && segs[segs.length - 2] === "ffi") return t;
            if (segs.length !== 1 || t.args.length) return;
            let alias = uapi.aliases.get(segs[0]);
            return alias ? this.fromUapi(alias.target, depth + 1) : uapi.structs.has(segs[0]) ? pathType(UAPI, segs[0]) : void 0;
          }
          case "pointer": {
            let p = this.fromUapi(t.pointee, depth + 1);
            return p && { ...t, pointee: p };
          }
          case "array": {
            let e = this.fromUapi(t.element, depth + 1);
            return e && { ...t, element: e };
          }
          default:
            return;
        }
      }
      // ---- per-arch view ----
      /** Normalised types on each arch and config of the tree. */
      get archTypes() {
        return this.#archTypes ??= new PerArchTypes(this.bindings, this.input.index.headers, this.input.model);
      }
      /**
       * The type on each arch of the tree, with aliases and `c_*` names expanded; a part that
       * differs by config on an arch (`phys_addr_t` on arm) is unknown there.
       */
      perArch(t) {
        return new Map(this.input.model.arches.map((a) => [a, this.archTypes.on(t, a)]));
      }
      /**
       * Whether a canonical type is fully known: built from primitives, `c_void` and structs or
       * unions of the generated bindings only. Only such types get a verdict.
       */
      isConcrete(t) {
        switch (t.kind) {
          case "path": {
            if (t.args.length) return !1;
            let segs = stripGlobal(t.segments);
            return segs.length !== 1 ? !1 : PRIMITIVES.has(segs[0]) || segs[0] === "c_void" || this.bindings.structs.has(segs[0]);
          }
          case "pointer":
            return this.isConcrete(t.pointee);
          case "array":
          case "slice":
            return this.isConcrete(t.element);
          case "tuple":
            return t.elements.every((e) => this.isConcrete(e));
          default:
            return !1;
        }
      }
      /** `typeOfExpression` per arch, or undefined when unknown or not concrete on some arch. */
      typeOfExpression(node) {
        let t = this.typeOf(node);
        return t ? this.concrete(t) : void 0;
      }
      /** A type node per arch, or undefined when unknown or not concrete. */
      typeOfTypeNode(node) {
        let t = this.resolveTypeNode(node);
        return t ? this.concrete(t) : void 0;
      }
      concrete(t) {
        let per = this.perArch(t);
        for (let v of per.values()) if (!this.isConcrete(v)) return;
        return per;
      }
      // ---- expressions ----
      guard(f) {
        if (!(this.depth > 24)) {
          this.depth++;
          try {
            return f();
          } finally {
            this.depth--;
          }
        }
      }
      /** The normalised type of an expression, or undefined when it cannot be known. */
      typeOf(node) {
        return this.guard(() => this.typeOfInner(node));
      }
      typeOfInner(node) {
        switch (node.type) {
          case "parenthesized_expression":
            return node.namedChildren.length === 1 ? this.typeOf(node.namedChildren[0]) : void 0;
          case "integer_literal":
          case "float_literal": {
            let suffix = literalSuffix(node.text);
            return suffix ? pathType(suffix) : void 0;
          }
          case "boolean_literal":
            return pathType("bool");
          // Byte literals are `u8` and byte strings `&[u8; N]`, whatever they are later cast to.
          case "char_literal":
            return pathType(node.text.startsWith("b") ? "u8" : "char");
          case "string_literal":
          case "raw_string_literal": {
            let bytes = byteStringBytes(node.text);
            return bytes ? { kind: "reference", mutable: !1, referent: { kind: "array", element: pathType("u8"), length: String(bytes.length) } } : void 0;
          }
          case "array_expression":
            return this.typeOfArray(node);
          case "struct_expression": {
            let name = node.childForFieldName("name");
            return name && (name.type === "type_identifier" || name.type === "scoped_type_identifier") ? this.resolveTypePath(pathSegments2(name)) : void 0;
          }
          case "type_cast_expression": {
            let ty = node.childForFieldName("type");
            return ty ? ty.text === "_" ? this.expectedTypeOf(node) : this.resolveTypeNode(ty) : void 0;
          }
          case "identifier":
            return this.typeOfName(node);
          case "self":
            return this.typeOfSelf(node);
          case "scoped_identifier": {
            let target = this.valuePath(pathSegments2(node));
            return target?.kind === "typed" ? target.type : void 0;
          }
          case "call_expression":
            return this.typeOfCall(node);
          case "field_expression": {
            let value = node.childForFieldName("value"), field = node.childForFieldName("field"), base = value && this.typeOf(value);
            return base && field ? this.fieldType(base, field.text) : void 0;
          }
          case "unary_expression": {
            let op = node.children[0]?.type, arg = node.namedChildren[0], t = arg && this.typeOf(arg);
            if (!t) return;
            if (op === "*") {
              let d = this.expandAlias(t);
              return d.kind === "pointer" ? d.pointee : d.kind === "reference" ? d.referent : void 0;
            }
            return t;
          }
          case "reference_expression": {
            let v = node.childForFieldName("value"), t = v && this.typeOf(v);
            return t ? { kind: "reference", mutable: node.children.some((c) => c.type === "mutable_specifier"), referent: t } : void 0;
          }
          case "index_expression": {
            let base = node.namedChildren[0], t = base && this.typeOf(base);
            for (; t?.kind === "reference"; ) t = t.referent;
            return t ? (t = this.expandAlias(t), t.kind === "array" || t.kind === "slice" ? t.element : void 0) : void 0;
          }
          case "binary_expression":
            return this.typeOfBinary(node);
          case "unsafe_block":
          case "block": {
            let block = node.type === "block" ? node : node.namedChildren.find((c) => c.type === "block"), tail = block ? tailExpression(block) : void 0;
            return tail ? this.typeOf(tail) : void 0;
          }
          default:
            return;
        }
      }
      typeOfBinary(node) {
        let op = node.childForFieldName("operator")?.type ?? "";
        if (["==", "!=", "<", ">", "<=", ">=", "&&", "||"].includes(op)) return pathType("bool");
        let l = node.childForFieldName("left"), r = node.childForFieldName("right");
        if (!l || !r) return;
        let lt = this.typeOf(l);
        if (op === "<<" || op === ">>") return lt;
        let rt = this.typeOf(r);
        if (lt && rt) return typeToString(lt) === typeToString(rt) ? lt : void 0;
        if (lt && isUnsuffixedInt(r)) return lt;
        if (rt && isUnsuffixedInt(l)) return rt;
      }
      /** `[e; N]`, or `[a, b, …]` whose elements agree (unsuffixed integers take the others' type). */
      typeOfArray(node) {
        let length = node.childForFieldName("length"), elements = node.namedChildren.filter((c) => c.id !== length?.id && !c.type.endsWith("comment"));
        if (length) {
          let element2 = elements[0] && this.typeOf(elements[0]);
          return element2 && { kind: "array", element: element2, length: length.text.replace(/usize$/, "") };
        }
        let element;
        for (let e of elements) {
          if (isUnsuffixedInt(e)) continue;
          let t = this.typeOf(e);
          if (!t || element && typeToString(element) !== typeToString(t)) return;
          element = t;
        }
        return element && { kind: "array", element, length: String(elements.length) };
      }
      typeOfCall(node) {
        let fn = node.childForFieldName("function");
        if (!fn) return;
        if (fn.type === "field_expression") return this.typeOfMethodCall(fn, node);
        let turbofish = fn.type === "generic_function";
        if (turbofish && (fn = fn.childForFieldName("function")), fn?.type !== "identifier" && fn?.type !== "scoped_identifier") return;
        let segs = pathSegments2(fn);
        if (!turbofish && segs.length === 2 && segs[1] === "from" && PRIMITIVES.has(segs[0]) && !this.imports.has(segs[0])) return pathType(segs[0]);
        let target = this.valuePath(pathSegments2(fn), fn);
        if (target?.kind === "core-fn") return target.fn.returns;
        if (!turbofish) {
          if (target?.kind === "binding-fn") return target.fn.returnType;
          if (target?.kind === "local-fn") return this.returnTypeOf(target.node, target.self);
          if (target?.kind === "kernel-fn") {
            let t = target.resolver.returnTypeOf(target.node);
            return t && !typeToString(t).includes(LOCAL) ? t : void 0;
          }
        }
      }
      /** What a function of this file returns; `self`: the type `Self` names in its impl. */
      returnTypeOf(fn, self) {
        if (fn.childForFieldName("type_parameters")) return;
        let ret = fn.childForFieldName("return_type");
        return ret ? ret.type === "type_identifier" && ret.text === "Self" ? self : this.resolveTypeNode(ret) : { kind: "tuple", elements: [] };
      }
      /**
       * The methods of a struct of this file: those its impls here define (inherent and trait
       * impls alike, as method lookup finds both before auto-deref), and the `Target` of its
       * `Deref` impl. A name defined twice is ambiguous (`null`).
       */
      methodTable(struct) {
        let table = this.methodTables.get(struct);
        if (table) return table;
        table = { methods: /* @__PURE__ */ new Map() };
        for (let impl of this.impls.get(struct) ?? []) {
          let trait = impl.childForFieldName("trait")?.text.replace(/\s+/g, "");
          for (let member of impl.childForFieldName("body")?.namedChildren ?? []) {
            let name = member.childForFieldName("name")?.text;
            member.type === "function_item" && name && table.methods.set(name, table.methods.has(name) ? null : member), member.type === "type_item" && name === "Target" && trait && /^(?:(?:core|::core)::ops::)?Deref$/.test(trait) && (table.derefTarget = member.childForFieldName("type") ?? void 0);
          }
        }
        return this.methodTables.set(struct, table), table;
      }
      /** The names of the methods the file's impls define (a call of any other name is none of theirs). */
      methodNames() {
        if (!this.methodNameSet) {
          this.methodNameSet = /* @__PURE__ */ new Set();
          for (let impls of this.impls.values())
            for (let impl of impls)
              for (let m of impl.childForFieldName("body")?.namedChildren ?? []) {
                let name = m.type === "function_item" ? m.childForFieldName("name")?.text : void 0;
                name && this.methodNameSet.add(name);
              }
        }
        return this.methodNameSet;
      }
      /** The struct of this file that a type names, through references (what a method call auto-derefs). */
      localStruct(t) {
        for (; t?.kind === "reference"; ) t = t.referent;
        return t?.kind === "path" && t.segments.length === 2 && t.segments[0] === LOCAL ? t.segments[1] : void 0;
      }
      /**
       * A method call on a struct of this file: `found` when a method of that name is defined for
       * it or for what it derefs to here, with its result type when that is known.
       */
      localMethod(recv, method) {
        let struct = this.localStruct(recv);
        for (let i = 0; struct && i < 4; i++) {
          let { methods, derefTarget } = this.methodTable(struct), fn = methods.get(method);
          if (fn !== void 0) return { type: fn ? this.returnTypeOf(fn, pathType(LOCAL, struct)) : void 0 };
          let target = derefTarget && this.resolveTypeNode(derefTarget), next = this.localStruct(target);
          if (!next) return derefTarget ? { type: void 0 } : void 0;
          struct = next;
        }
      }
      /** Methods whose result type does not depend on anything we cannot see. */
      typeOfMethodCall(fn, call) {
        let recv = fn.childForFieldName("value"), method = fn.childForFieldName("field")?.text;
        if (!recv || !method) return;
        let recvType = null, receiver = () => recvType === null ? recvType = this.typeOf(recv) : recvType, own = this.methodNames().has(method) ? this.localMethod(receiver(), method) : void 0;
        if (own) return own.type;
        if (method === "len") return pathType("usize");
        if (method === "into") return this.expectedTypeOf(call);
        if (POINTER_READS.has(method) || POINTER_STEPS.has(method)) {
          let p = receiver(), d = p && this.expandAlias(p);
          return d?.kind !== "pointer" ? void 0 : POINTER_READS.has(method) ? d.pointee : d;
        }
        if (method === "as_char_ptr")
          return { kind: "pointer", mutable: !1, pointee: this.input.model.mapping === "kernel" ? pathType("ffi", "c_char") : pathType("core", "ffi", "c_char") };
        if (method === "as_ptr" || method === "as_mut_ptr") {
          let mutable = method === "as_mut_ptr";
          if (recv.type === "string_literal" && recv.text.startsWith("c") && !mutable)
            return { kind: "pointer", mutable: !1, pointee: pathType("core", "ffi", "c_char") };
          let t = receiver();
          for (; t?.kind === "reference"; ) t = t.referent;
          if (t && (t = this.expandAlias(t)), t?.kind === "array" || t?.kind === "slice") return { kind: "pointer", mutable, pointee: t.element };
        }
      }
      /** What a value path (`bindings::X`, `X`, `kernel::bindings::X` …) names. */
      valuePath(written, at) {
        let segs = stripGlobal(written), global = written[0] === "";
        if (segs.length === 2 && !global && !this.imports.has(segs[0])) {
          let self = segs[0] === "Self" && at ? this.enclosingImplStruct(at) : this.structs.has(segs[0]) ? segs[0] : void 0;
          if (self) {
            let fn = this.methodTable(self).methods.get(segs[1]);
            return fn ? { kind: "local-fn", node: fn, self: pathType(LOCAL, self) } : void 0;
          }
        }
        if (segs.length > 1 && !global && this.modules.has(segs[0]) && !this.imports.has(segs[0])) return this.moduleValue(this.modules.get(segs[0]), segs.slice(1));
        if (segs.length === 1) {
          let name = segs[0];
          if (at && this.localBinder(name, at) !== void 0) return;
          let item = this.items.get(name);
          if (item) {
            if (item.type === "function_item") return { kind: "local-fn", node: item };
            let ty = item.childForFieldName("type"), t = ty && this.resolveTypeNode(ty);
            return t ? { kind: "typed", type: t, unsafe: isStaticMut(item) } : void 0;
          }
          if (!this.imports.has(name)) {
            let viaGlob = this.fromGlobs(name, !1);
            return viaGlob ? this.crateValue(viaGlob) : void 0;
          }
        }
        return this.crateValue(this.absolute(segs));
      }
      /** The struct of this file whose impl holds `at`. */
      enclosingImplStruct(at) {
        for (let p = at.parent; p; p = p.parent) {
          if (p.type !== "impl_item") continue;
          let type = p.childForFieldName("type");
          return type?.type === "type_identifier" && this.structs.has(type.text) && !p.childForFieldName("type_parameters") ? type.text : void 0;
        }
      }
      /**
       * `m::NAME` for an inline `mod m { … }` of this file: a const or static whose type is
       * written with primitives only (any other name would be the module's to resolve, through
       * imports of its own), or a nested module's.
       */
      moduleValue(mod, rest) {
        let wanted = rest[0], item = mod.childForFieldName("body")?.namedChildren.find((c) => c.childForFieldName("name")?.text === wanted && ["const_item", "static_item", "mod_item"].includes(c.type));
        if (!item) return;
        if (item.type === "mod_item") return rest.length > 1 ? this.moduleValue(item, rest.slice(1)) : void 0;
        let ty = item.childForFieldName("type");
        if (rest.length !== 1 || !ty || ty.descendantsOfType(["type_identifier", "scoped_type_identifier"]).length) return;
        let t = this.resolveTypeNode(ty);
        return t ? { kind: "typed", type: t, unsafe: isStaticMut(item) } : void 0;
      }
      crateValue(abs) {
        let core = coreFunction(abs);
        if (core) return { kind: "core-fn", fn: core };
        let c = this.classify(abs);
        if (!c && abs[0] === "kernel" && this.input.crate.kind !== "kernel") {
          let found = kernelFunctionAt(this.input, abs);
          return found && { kind: "kernel-fn", ...found };
        }
        if (!c || c.crate === "ffi") return;
        if (c.crate === "bindings") {
          let fn = this.bindings.functions.get(c.name);
          if (fn) return { kind: "binding-fn", fn };
          let konst2 = this.bindings.consts.get(c.name);
          if (konst2) return { kind: "typed", type: konst2.type };
          let extern2 = this.bindings.statics.get(c.name);
          return extern2 ? { kind: "typed", type: extern2.type, unsafe: !0 } : void 0;
        }
        let uapi = this.input.index.uapi, konst = uapi.consts.get(c.name), extern = konst ? void 0 : uapi.statics.get(c.name), t = (konst ?? extern) && this.fromUapi((konst ?? extern).type);
        return t ? { kind: "typed", type: t, unsafe: !!extern } : void 0;
      }
      /**
       * The name X when a path (`kernel::bindings::X`, `bindings::X`, or a bare `X` brought in by
       * `use kernel::bindings::{X}` or `::*`) reaches into the generated bindings crate. A qualified
       * or imported X that the bindings lack is named too when the tree has no generated bindings
       * to ask (an unbuilt checkout): it is the raw API whether or not X exists. A glob import
       * needs the bindings to say which bare names it brings in.
       */
      bindingsItemOf(node) {
        return this.bindingsItemAt(pathSegments2(node), node, { type: node.type === "type_identifier", glob: !0 });
      }
      /**
       * `bindingsItemOf` for a path given as its segments (spelled by a macro's tokens, say), `at`
       * being its last token; `glob`: whether a bare name may come from a `use …::*`.
       */
      bindingsItemAt(segs, at, opts) {
        let abs;
        if (segs.length > 1) abs = this.absolute(segs);
        else {
          if (this.isLocallyDefined(segs[0])) return;
          this.imports.has(segs[0]) ? abs = this.absolute(segs) : opts.glob && (abs = this.fromGlobs(segs[0], opts.type));
        }
        let c = abs && this.classify(abs);
        if (!(c?.crate !== "bindings" || abs[0] === "bindings" && this.ownBindings) && !(!this.bindings.has(c.name) && bindingsGenerated(this.input.model, this.input.index)))
          return segs.length === 1 && this.localBinder(segs[0], at) !== void 0 ? void 0 : c.name;
      }
      /** Whether the file brings the bindings crate in as `bindings` (`use kernel::bindings;`). */
      importsBindingsCrate() {
        let imported = this.imports.get("bindings");
        return !!imported && this.absolute(imported).join("::") === "kernel::bindings";
      }
      /** Whether `bindings` in this file names something of its own rather than the bindings crate. */
      shadowsBindingsCrate() {
        return this.ownBindings;
      }
      /** Whether an item of this name is defined at the top of the file. */
      definesItem(name) {
        return this.isLocallyDefined(name);
      }
      /**
       * Whether calling `callee` needs `unsafe`: yes for binding functions, `unsafe fn`s of this
       * file and unsafe core functions, no for the others of those; undefined when not known.
       */
      callNeedsUnsafe(callee) {
        let fn = callee.type === "generic_function" ? callee.childForFieldName("function") : callee;
        if (fn?.type !== "identifier" && fn?.type !== "scoped_identifier") return;
        let t = this.valuePath(pathSegments2(fn), fn);
        if (t?.kind === "binding-fn") return !0;
        if (t?.kind === "core-fn") return t.fn.unsafe;
        if (t?.kind === "local-fn" || t?.kind === "kernel-fn") return isUnsafeFn(t.node);
      }
      /** `absolute` for a path's segments: imports expanded, `crate::` the crate's name. */
      absolutePath(segs) {
        return this.absolute(segs);
      }
      /** Whether a `use` of the file brings in `name` by name. */
      importsName(name) {
        return this.imports.has(name);
      }
      /** Whether reading the value a path names needs `unsafe` (an extern static, a `static mut`); undefined when not known. */
      valueNeedsUnsafe(node) {
        let segs = pathSegments2(node);
        if (segs.length === 1 && this.localBinder(segs[0], node) !== void 0) return !1;
        let t = this.valuePath(segs, node);
        return t && (t.kind === "typed" ? !!t.unsafe : !1);
      }
      /** The absolute path a path names, the file's imports expanded (`time::f` after `use kernel::time;` → `kernel::time::f`). */
      absolutePathOf(node) {
        let segs = pathSegments2(node);
        return segs.length === 1 && (this.isLocallyDefined(segs[0]) || !this.imports.has(segs[0])) ? segs : this.absolute(segs);
      }
      /** Whether a name is bound at `at` by a `let`, a parameter or a pattern. */
      isLocalBinding(name, at) {
        return this.localBinder(name, at) !== void 0;
      }
      /** The binding function a call's callee names, for rules that check arguments. */
      bindingFunctionOf(callee) {
        if (callee.type !== "identifier" && callee.type !== "scoped_identifier") return;
        let t = this.valuePath(pathSegments2(callee), callee);
        return t?.kind === "binding-fn" ? t.fn : void 0;
      }
      /** The core or alloc function a call's callee names (`core::slice::from_raw_parts`, `slice::from_raw_parts` after `use core::slice;`). */
      coreFunctionOf(callee) {
        let fn = callee.type === "generic_function" ? callee.childForFieldName("function") : callee;
        if (fn?.type !== "identifier" && fn?.type !== "scoped_identifier") return;
        let t = this.valuePath(pathSegments2(fn), fn);
        return t?.kind === "core-fn" ? t.fn : void 0;
      }
      typeOfName(node) {
        let local = this.localBinding(node.text, node);
        if (local !== void 0) return local ?? void 0;
        let target = this.valuePath([node.text]);
        return target?.kind === "typed" ? target.type : void 0;
      }
      /**
       * The type of the innermost binding of `name` visible at `at`: a type, `null` when a binding
       * exists but its type is unknown, `undefined` when no local binding exists.
       */
      localBinding(name, at) {
        let b = this.localBinder(name, at);
        return b == null ? b : b.typeNode ? this.resolveTypeNode(b.typeNode) ?? null : (b.value && this.typeOf(b.value)) ?? null;
      }
      /**
       * The `let` or parameter that binds `name` at `at` (its type as written and its value),
       * `null` when something binds it in a way we do not follow, `undefined` when nothing does.
       */
      localBinder(name, at) {
        let prev = at;
        for (let p = at.parent; p; prev = p, p = p.parent)
          if (p.type === "block") {
            let lets = this.letsOf(p);
            for (let i = lets.length - 1; i >= 0; i--) {
              let { start, decl, pattern, identifier } = lets[i];
              if (start >= prev.startIndex || !pattern || (identifier !== void 0 ? identifier !== name : !bindsName(pattern, name))) continue;
              if (identifier === void 0) return null;
              let typeNode = decl.childForFieldName("type") ?? void 0, value = decl.childForFieldName("value") ?? void 0;
              return typeNode || value ? { typeNode, value } : null;
            }
          } else if (p.type === "function_item" || p.type === "closure_expression") {
            let params = p.childForFieldName("parameters");
            for (let param of params?.namedChildren ?? []) {
              let pat = param.type === "parameter" ? param.childForFieldName("pattern") : p.type === "closure_expression" ? param : void 0;
              if (!pat || !bindsName(pat, name)) continue;
              let typeNode = param.type === "parameter" ? param.childForFieldName("type") : void 0;
              return pat.type === "identifier" && typeNode ? { typeNode } : null;
            }
            if (p.type === "function_item") return;
          } else if (p.type === "if_expression" || p.type === "while_expression") {
            let block = p.childForFieldName(p.type === "if_expression" ? "consequence" : "body"), cond = p.childForFieldName("condition");
            if (cond && block?.id === prev.id && conditionBinds(cond, name)) return null;
          } else if (p.type === "let_chain") {
            if (conditionBinds(p, name)) return null;
          } else if (p.type === "match_arm") {
            let arm = p.childForFieldName("pattern"), guard = arm?.childForFieldName("condition"), pat = arm?.namedChildren.find((c) => c.id !== guard?.id);
            if (pat && bindsName(pat, name)) return null;
          } else if (p.type === "for_expression" || p.type === "let_condition") {
            let pat = p.childForFieldName("pattern");
            if (pat && pat.id !== prev.id && bindsName(pat, name)) return null;
          }
      }
      /** The `let`s of a block, read once per block: every name in it is looked up among them. */
      letsOf(block) {
        let lets = this.blockLets.get(block.id);
        return lets || (lets = block.namedChildren.filter((c) => c.type === "let_declaration").map((decl) => {
          let pattern = decl.childForFieldName("pattern");
          return { start: decl.startIndex, decl, pattern, identifier: pattern?.type === "identifier" ? pattern.text : void 0 };
        }), this.blockLets.set(block.id, lets)), lets;
      }
      typeOfSelf(node) {
        let fn = node.parent;
        for (; fn && fn.type !== "function_item"; ) fn = fn.parent;
        let selfParam = fn?.childForFieldName("parameters")?.namedChildren.find((c) => c.type === "self_parameter"), impl = fn?.parent?.parent;
        if (!selfParam || impl?.type !== "impl_item") return;
        let implType = impl.childForFieldName("type");
        if (implType?.type !== "type_identifier" || !this.structs.has(implType.text)) return;
        let self = pathType(LOCAL, implType.text);
        return selfParam.text.startsWith("&") ? { kind: "reference", mutable: /\bmut\b/.test(selfParam.text), referent: self } : self;
      }
      /** A bindings alias (`bindings::u32_`) replaced by what it names, down the chain; other types as they are. */
      expandAlias(t) {
        for (let i = 0; i < 32 && t.kind === "path" && t.segments.length === 1; i++) {
          let alias = this.bindings.aliases.get(t.segments[0]);
          if (!alias) break;
          t = alias.target;
        }
        return t;
      }
      /**
       * The mapping a C `char` type follows: `core` for `core::ffi::c_char`, the tree's for its
       * `ffi::c_char` and the bindings aliases of it; undefined for any other type.
       */
      cCharMapping(t) {
        let d = this.expandAlias(t);
        if (d.kind !== "path" || d.args.length) return;
        let segs = stripGlobal(d.segments);
        if (!(segs[segs.length - 1] !== "c_char" || segs[segs.length - 2] !== "ffi"))
          return segs[0] === "core" || segs[0] === "std" ? "core" : this.input.model.mapping;
      }
      /** The type of field `name` of a (normalised) struct type, when known. */
      fieldTypeOf(struct, name) {
        return this.fieldType(struct, name);
      }
      /** Field `name` of a struct type (auto-deref through references, not raw pointers). */
      fieldType(base, name) {
        let t = base;
        for (; t.kind === "reference"; ) t = t.referent;
        if (t = this.expandAlias(t), t.kind !== "path" || t.args.length) return;
        let segs = t.segments;
        if (segs.length === 1) return this.bindings.structs.get(segs[0])?.fields.get(name)?.type;
        if (segs.length === 2 && segs[0] === LOCAL) {
          let body = this.structs.get(segs[1])?.childForFieldName("body");
          if (!body) return;
          if (body.type === "ordered_field_declaration_list") {
            let types = body.namedChildren.filter((c) => c.type !== "visibility_modifier" && c.type !== "attribute_item"), ty = /^\d+$/.test(name) ? types[Number(name)] : void 0;
            return ty && this.resolveTypeNode(ty);
          }
          for (let f of body.namedChildren) {
            if (f.type !== "field_declaration" || f.childForFieldName("name")?.text !== name) continue;
            let ty = f.childForFieldName("type");
            return ty ? this.resolveTypeNode(ty) : void 0;
          }
        }
      }
      // ---- what the context expects ----
      /**
       * The type a context fixes for an expression (what `e as _` converts to): an argument of a
       * binding function (its parameter), the tail or `return` of a function with a declared
       * return type, or the value of an annotated `let`.
       */
      expectedTypeOf(node) {
        let n = node;
        for (; n.parent?.type === "parenthesized_expression"; ) n = n.parent;
        let parent2 = n.parent;
        if (!parent2) return;
        if (parent2.type === "arguments") {
          let callee = parent2.parent?.childForFieldName("function"), i = parent2.namedChildren.findIndex((c) => c.id === n.id), fn = callee && this.bindingFunctionOf(callee);
          return fn ? fn.params[i]?.type : (callee && this.coreFunctionOf(callee))?.params[i];
        }
        if (parent2.type === "let_declaration" && parent2.childForFieldName("value")?.id === n.id) {
          let ty = parent2.childForFieldName("type");
          return ty ? this.resolveTypeNode(ty) : void 0;
        }
        let ret = (parent2.type === "return_expression" ? enclosingFunction2(parent2) : functionWhoseTailIs(n))?.childForFieldName("return_type");
        return ret ? this.resolveTypeNode(ret) : void 0;
      }
    };
    kernelResolvers = /* @__PURE__ */ new WeakMap();
  }
});

// server/src/core/rules/kernelWrappers.ts
function sameOnEveryArch(a, b) {
  return !!a && !!b && [...a].every(([arch, t]) => b.has(arch) && typeToString(t) === typeToString(b.get(arch)));
}
function concrete2(resolver, t) {
  let per = resolver.perArch(t);
  return [...per.values()].every((v) => resolver.isConcrete(v)) ? per : void 0;
}
function sameSignature(scope, use2, binding) {
  let found = kernelItem(scope, use2, ["function_item"]);
  if (!found) return !1;
  let { node, resolver } = found, params = node.childForFieldName("parameters")?.namedChildren.filter((p) => p.type === "parameter") ?? [];
  if (params.length !== binding.params.length || binding.variadic) return !1;
  let ret = node.childForFieldName("return_type");
  return params.every((p, i) => sameOnEveryArch(resolver.typeOfTypeNode(p.childForFieldName("type")), concrete2(resolver, binding.params[i].type))) && sameOnEveryArch(ret ? resolver.typeOfTypeNode(ret) : concrete2(resolver, { kind: "tuple", elements: [] }), concrete2(resolver, binding.returnType));
}
function thinWrapperOf(scope, binding) {
  let found = [];
  for (let use2 of scope.index.kernel.uses(binding.name) ?? []) {
    if (use2.item !== "fn" || !use2.passThrough || use2.unsafe || use2.implType) continue;
    let path26 = kernelPublicPath(scope.index, use2);
    path26 && sameSignature(scope, use2, binding) && found.push({ use: use2, path: path26 });
  }
  return found.length === 1 ? found[0] : void 0;
}
function kernelConstsOf(index, name) {
  let out = [];
  for (let use2 of index.kernel.uses(name) ?? []) {
    let path26 = use2.item === "const" ? kernelPublicPath(index, use2) : void 0;
    path26 && out.push({ use: use2, path: path26 });
  }
  return out;
}
function isSameConst(scope, item) {
  let binding = scope.index.bindings.consts.get(item.use.binding), found = item.use.passThrough && binding ? kernelItem(scope, item.use, ["const_item"]) : void 0, type = found?.node.childForFieldName("type");
  return !!found && !!type && sameOnEveryArch(found.resolver.typeOfTypeNode(type), concrete2(found.resolver, binding.type));
}
var init_kernelWrappers = __esm({
  "server/src/core/rules/kernelWrappers.ts"() {
    "use strict";
    init_resolve();
    init_rustType();
  }
});

// server/src/core/rules/unsafeBlocks.ts
function isSafeMacro(n, types) {
  let name = n.childForFieldName("macro")?.text.split("::").pop() ?? "";
  if (!SAFE_MACROS.has(name)) return !1;
  let safeTokens = (tt) => tt.children.every((t, i) => {
    if (t.type === "*") return !1;
    if (t.type === "token_tree") return tt.children[i - 1]?.type !== "identifier" && safeTokens(t);
    if (t.type !== "identifier") return !0;
    let prev = tt.children[i - 1]?.type;
    return prev === "." || prev === "::" || types.isLocalBinding(t.text, t) || /^[A-Z][A-Z0-9_]*$/.test(t.text) && types.valueNeedsUnsafe(t) === !1;
  }), args = n.namedChildren.find((c) => c.type === "token_tree");
  return !args || safeTokens(args);
}
function isPatternPosition(n) {
  let p = n.parent;
  return p ? p.type.endsWith("pattern") || p.type === "closure_parameters" || p.type === "parameter" ? !0 : p.type === "let_declaration" && p.childForFieldName("pattern")?.id === n.id : !1;
}
function unsafeOperations(root, types, madeSafe) {
  let ops = [], isPath = (n) => n.type === "identifier" || n.type === "scoped_identifier", scan = (n) => {
    if (n) {
      switch (n.type) {
        case "function_item":
        case "line_comment":
        case "block_comment":
          return;
        case "macro_invocation":
          isSafeMacro(n, types) || ops.push(n);
          return;
        case "call_expression": {
          let callee = n.childForFieldName("function");
          n.id !== madeSafe?.id && callee && (callee.type === "field_expression" ? (SAFE_METHODS.has(callee.childForFieldName("field")?.text ?? "") || ops.push(n), scan(callee.childForFieldName("value"))) : isPath(callee) || callee.type === "generic_function" ? types.callNeedsUnsafe(callee) !== !1 && ops.push(n) : (ops.push(n), scan(callee))), scan(n.childForFieldName("arguments"));
          return;
        }
        case "unary_expression":
          n.children[0]?.type === "*" && ops.push(n);
          break;
        case "field_expression":
          types.typeOf(n) || ops.push(n), scan(n.childForFieldName("value"));
          return;
        case "identifier":
        case "scoped_identifier":
          !isPatternPosition(n) && types.valueNeedsUnsafe(n) !== !1 && ops.push(n);
          return;
        case "type_cast_expression":
          scan(n.childForFieldName("value"));
          return;
        case "let_declaration":
          scan(n.childForFieldName("value")), scan(n.childForFieldName("alternative"));
          return;
        case "closure_expression":
          scan(n.childForFieldName("body"));
          return;
      }
      for (let c of n.namedChildren) scan(c);
    }
  };
  return scan(root), ops;
}
function enclosingUnsafeBlock(n) {
  for (let p = n.parent; p && p.type !== "function_item"; p = p.parent) if (p.type === "unsafe_block") return p;
}
function statementOf(n) {
  let cur = n;
  for (; cur.parent && cur.parent.type !== "block"; ) {
    if (cur.parent.type === "function_item" || cur.parent.type === "source_file") return;
    cur = cur.parent;
  }
  return cur.parent ? cur : void 0;
}
function safetyCommentOf(block, text) {
  let stmt = statementOf(block);
  if (!stmt || stmt.descendantsOfType("unsafe_block").length !== 1) return;
  let run = [], line = stmt.startPosition.row;
  for (let c = stmt.previousNamedSibling; c?.type === "line_comment" && c.endPosition.row === line - 1; c = c.previousNamedSibling)
    run.unshift(c), line = c.startPosition.row;
  let first = run.findIndex((c) => /^\/\/\s*SAFETY:/.test(c.text));
  if (first < 0) return;
  let from = text.lastIndexOf(`
`, run[first].startIndex - 1) + 1;
  if (run.slice(first).some((c) => text.slice(text.lastIndexOf(`
`, c.startIndex - 1) + 1, c.startIndex).trim() !== "")) return;
  let to = text.lastIndexOf(`
`, stmt.startIndex - 1) + 1;
  if (text.slice(to, stmt.startIndex).trim() === "")
    return { lines: run.slice(first).map((c) => c.text.replace(/^\/\/\s?/, "").trimEnd()), from, to };
}
function makeCallSafe(call, callee, text, types, at) {
  let path26 = call.childForFieldName("function"), withCallee = (from, to) => text.slice(from, path26.startIndex) + callee + text.slice(path26.endIndex, to), block = enclosingUnsafeBlock(call), inner = block?.namedChildren.find((c) => c.type === "block");
  if (!block || !inner || unsafeOperations(inner, types, call).length) return { edits: [{ range: nodeRange(path26), newText: callee }] };
  let safety = safetyCommentOf(block, text), done = (edits) => ({
    edits: safety ? [...edits, { range: { start: at(safety.from), end: at(safety.to) }, newText: "" }] : edits,
    safety
  }), body = inner.namedChildren.filter((c) => !c.type.endsWith("comment")), outer = block.parent, only = body.length === 1 && !inner.namedChildren.some((c) => c.type.endsWith("comment")) ? body[0] : void 0, statement = only?.type === "expression_statement" && only.text.trimEnd().endsWith(";"), expr = statement ? only.namedChildren[0] : only;
  if (expr && (!statement || outer?.type === "expression_statement")) {
    let semicolon = statement && !outer.text.trimEnd().endsWith(";") ? ";" : "";
    return done([{ range: nodeRange(block), newText: withCallee(expr.startIndex, expr.endIndex) + semicolon }]);
  }
  let stmt = outer?.type === "expression_statement" ? outer : block, lineStart = text.lastIndexOf(`
`, stmt.startIndex - 1) + 1, nl = text.indexOf(`
`, stmt.endIndex), lineEnd = nl < 0 ? text.length : text[nl - 1] === "\r" ? nl - 1 : nl, alone = text.slice(lineStart, stmt.startIndex).trim() === "" && text.slice(stmt.endIndex, lineEnd).trim() === "", declares = body.some((c) => c.type === "let_declaration" || c.type.endsWith("_item") || c.type === "macro_definition");
  if (stmt.parent?.type !== "block" || !alone || declares || !body.length)
    return done([{ range: nodeRange(path26), newText: callee }, { range: { start: at(block.startIndex), end: at(inner.startIndex) }, newText: "" }]);
  let indent = text.slice(lineStart, stmt.startIndex), open = inner.startIndex + 1, close = inner.endIndex - 1, lines = withCallee(open, close).split(/\r?\n/);
  for (; lines.length && lines[0].trim() === ""; ) lines.shift();
  for (; lines.length && lines[lines.length - 1].trim() === ""; ) lines.pop();
  let innerIndent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length)), last = body[body.length - 1], isTail = stmt.parent.namedChildren.filter((c) => !c.type.endsWith("comment")).pop()?.id === stmt.id && !stmt.text.trimEnd().endsWith(";"), eol = text.includes(`\r
`) ? `\r
` : `
`, spliced = lines.map((l) => l.trim() ? indent + l.slice(innerIndent) : "").join(eol) + (isTail || endsStatement(last) ? "" : ";");
  return done([{ range: { start: at(lineStart), end: at(lineEnd) }, newText: spliced }]);
}
var SAFE_METHODS, SAFE_MACROS, BLOCK_LIKE, endsStatement, init_unsafeBlocks = __esm({
  "server/src/core/rules/unsafeBlocks.ts"() {
    "use strict";
    init_parse();
    SAFE_METHODS = /* @__PURE__ */ new Set([
      "cast",
      "cast_mut",
      "cast_const",
      "is_null",
      "addr",
      "as_ptr",
      "as_mut_ptr",
      "as_char_ptr",
      "len",
      "is_empty",
      "wrapping_add",
      "wrapping_sub",
      "wrapping_offset",
      "into",
      "try_into",
      "clone"
    ]), SAFE_MACROS = /* @__PURE__ */ new Set([
      "pr_emerg",
      "pr_alert",
      "pr_crit",
      "pr_err",
      "pr_warn",
      "pr_notice",
      "pr_info",
      "pr_debug",
      "pr_cont",
      "dev_emerg",
      "dev_alert",
      "dev_crit",
      "dev_err",
      "dev_warn",
      "dev_notice",
      "dev_info",
      "dev_dbg",
      "c_str",
      "b_str",
      "assert",
      "assert_eq",
      "assert_ne",
      "debug_assert",
      "debug_assert_eq",
      "matches",
      "format_args"
    ]);
    BLOCK_LIKE = /* @__PURE__ */ new Set(["block", "unsafe_block", "if_expression", "match_expression", "loop_expression", "while_expression", "for_expression"]), endsStatement = (n) => n.text.trimEnd().endsWith(";") || BLOCK_LIKE.has((n.type === "expression_statement" ? n.namedChildren[0] : n)?.type ?? "");
  }
});

// server/src/core/rules/importEdits.ts
function importedNames(root) {
  let out = [];
  for (let decl of root.namedChildren) {
    if (decl.type !== "use_declaration" || decl.namedChildren.some((c) => c.type === "visibility_modifier")) continue;
    let visit = (n, prefix) => {
      switch (n.type) {
        case "identifier":
        case "scoped_identifier": {
          let path26 = [...prefix, ...segmentsOf(n)];
          out.push({ name: path26[path26.length - 1], path: path26, node: n, decl });
          return;
        }
        case "self":
          prefix.length && out.push({ name: prefix[prefix.length - 1], path: prefix, node: n, decl });
          return;
        case "use_as_clause": {
          let alias = n.childForFieldName("alias"), p = n.childForFieldName("path");
          alias && p && alias.text !== "_" && out.push({ name: alias.text, path: [...prefix, ...segmentsOf(p)], node: n, decl });
          return;
        }
        case "use_wildcard": {
          let p = n.namedChildren[0];
          out.push({ name: "*", path: p ? [...prefix, ...segmentsOf(p)] : prefix, node: n, decl });
          return;
        }
        case "scoped_use_list": {
          let p = n.childForFieldName("path");
          for (let c of n.childForFieldName("list")?.namedChildren ?? []) visit(c, p ? [...prefix, ...segmentsOf(p)] : prefix);
          return;
        }
        case "use_list":
          for (let c of n.namedChildren) visit(c, prefix);
      }
    }, arg = decl.childForFieldName("argument");
    arg && visit(arg, []);
  }
  return out;
}
function bindingsGlobNames(types) {
  return (glob) => types.absolutePath(glob.path).join("::") === "kernel::bindings" ? (n) => !types.importsName(n.text) && !!types.bindingsItemAt([n.text], n, { type: n.type === "type_identifier", glob: !0 }) : void 0;
}
function isImportUsed(root, imported, throughGlob) {
  let fromGlob = imported.name === "*" ? throughGlob?.(imported) : void 0;
  if (imported.name === "*" && !fromGlob) return !0;
  for (let n of root.descendantsOfType(["identifier", "type_identifier"])) {
    if (fromGlob ? !fromGlob(n) : n.text !== imported.name) continue;
    let p = n.parent;
    if ((p?.type === "scoped_identifier" || p?.type === "scoped_type_identifier") && p.childForFieldName("name")?.id === n.id) continue;
    let before3 = n.previousSibling?.type;
    if (p?.type === "token_tree" && (before3 === "::" || before3 === ".")) continue;
    let inUse = !1;
    for (let a = p; a && !inUse; a = a.parent) inUse = a.type === "use_declaration";
    if (!inUse) return !0;
  }
  return !1;
}
function importsLeftUnused(before3, after, throughGlob) {
  let afterImports = new Map(importedNames(after).map((i) => [key(i), i]));
  return importedNames(before3).filter((i) => {
    let still = afterImports.get(key(i));
    return still && isImportUsed(before3, i, throughGlob?.before) && !isImportUsed(after, still, throughGlob?.after);
  });
}
function ownLines(text, n, end = n.endIndex) {
  let from = text.lastIndexOf(`
`, n.startIndex - 1) + 1, nl = text.indexOf(`
`, end), to = nl < 0 ? text.length : nl + 1;
  return text.slice(from, n.startIndex).trim() === "" && text.slice(end, nl < 0 ? void 0 : nl).trim() === "" ? { from, to } : void 0;
}
function removeImports(text, names) {
  let gone = new Set(names.map((n) => n.node.id)), edits = [], prune = (n) => {
    if (gone.has(n.id)) return !0;
    let list = n.type === "scoped_use_list" ? n.childForFieldName("list") : n.type === "use_list" ? n : null;
    if (!list) return !1;
    let elements = list.namedChildren.filter((c) => !c.type.endsWith("comment")), removed = elements.filter(prune);
    if (removed.length === elements.length) return !0;
    if (!removed.length) return !1;
    let kept = elements.filter((e) => !removed.includes(e));
    if (!list.text.includes(`
`)) {
      let inner = edits.filter((e) => e.span.from >= list.startIndex && e.span.to <= list.endIndex);
      edits.splice(0, edits.length, ...edits.filter((e) => !inner.includes(e)));
      let textOf = (el) => inner.filter((e) => e.span.from >= el.startIndex && e.span.to <= el.endIndex).sort((a, b) => b.span.from - a.span.from).reduce((t, e) => t.slice(0, e.span.from - el.startIndex) + e.text + t.slice(e.span.to - el.startIndex), el.text), single = kept.length === 1 && n.type === "scoped_use_list" && kept[0].type !== "self" && kept[0].type !== "use_wildcard";
      edits.push({ span: { from: list.startIndex, to: list.endIndex }, text: single ? textOf(kept[0]) : `{${kept.map(textOf).join(", ")}}` });
    } else
      for (let e of removed) {
        let comma = e.nextSibling?.type === "," ? e.nextSibling.endIndex : e.endIndex, lines = ownLines(text, e, comma);
        lines ? edits.push({ span: lines, text: "" }) : edits.push({ span: { from: e.startIndex, to: e.nextNamedSibling?.startIndex ?? comma }, text: "" });
      }
    return !1;
  };
  for (let decl of new Set(names.map((n) => n.decl))) {
    let arg = decl.childForFieldName("argument");
    arg && prune(arg) && edits.push({ span: ownLines(text, decl) ?? { from: decl.startIndex, to: decl.endIndex }, text: "" });
  }
  return edits;
}
function withUnusedImportsRemoved(text, edits, globNames) {
  let before3 = parseRust(text), after = parseRust(applyEdits(text, edits)), unused = importsLeftUnused(before3.rootNode, after.rootNode, globNames && { before: globNames(before3), after: globNames(after) });
  return unused.length ? [...edits, ...importRemovalEdits(text, unused)] : edits;
}
function importRemovalEdits(text, names) {
  let starts = lineStarts(text);
  return removeImports(text, names).map((e) => ({ range: { start: positionAt(starts, e.span.from), end: positionAt(starts, e.span.to) }, newText: e.text }));
}
var segmentsOf, key, init_importEdits = __esm({
  "server/src/core/rules/importEdits.ts"() {
    "use strict";
    init_parse();
    init_text();
    segmentsOf = (n) => n.text.replace(/\s+/g, "").split("::");
    key = (i) => `${i.path.join("::")} as ${i.name}`;
  }
});

// server/src/core/rules/rawBindingUse.ts
function wrappersText(ctx, uses) {
  let sorted = [...uses].sort((a, b) => Number(b.visibility.startsWith("pub")) - Number(a.visibility.startsWith("pub"))), listed = sorted.slice(0, MAX_LISTED).map((u) => {
    let where4 = relativeToTree(ctx.model, u.file), through = u.implType && ctx.index.kernelPaths.publicPathOf(u.module, u.implType);
    return `\`${u.function}\` (${where4}:${u.range.start.line + 1}, module \`${u.module}\`${through ? `, used through \`${through}\`` : ""})`;
  }), more = sorted.length - listed.length;
  return more > 0 ? `${listed.join(", ")} and ${more} more` : listed.join(listed.length === 2 ? " and " : ", ");
}
function constsText(ctx, consts) {
  let listed = consts.slice(0, MAX_LISTED).map((c) => `\`${c.path}\` (${relativeToTree(ctx.model, c.use.file)}:${c.use.range.start.line + 1})`), more = consts.length - listed.length;
  return more > 0 ? `${listed.join(", ")} and ${more} more` : listed.join(listed.length === 2 ? " and " : ", ");
}
function message(ctx, name) {
  let uses = ctx.index.kernel.uses(name) ?? [], isFunction = ctx.index.bindings.functions.has(name), consts = isFunction ? [] : kernelConstsOf(ctx.index, name);
  if (consts.length)
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` crate defines it as ${constsText(ctx, consts)}; use that constant`;
  let types = isFunction ? [] : uses.filter((u) => u.item === "type"), wrappers = types.length ? types : uses.filter((u) => u.item === "fn");
  return wrappers.length ? `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` crate wraps it in ${wrappersText(ctx, wrappers)}; use that safe abstraction` : isFunction ? `\`bindings::${name}\` is the raw C API, which drivers should not use directly, and the \`kernel\` crate has no safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in \`rust/kernel/\` first` : `\`bindings::${name}\` is the raw C API, which drivers should not use directly: reach it through the \`kernel\` crate, and if no abstraction there covers it, add one in \`rust/kernel/\` first`;
}
function fileEditsWithImports(ctx, edits) {
  let { file, text, model, index, crate } = ctx;
  return () => [{ file, edits: withUnusedImportsRemoved(text, edits(), (tree) => bindingsGlobNames(new TypeResolver({ tree, model, index, crate }))) }];
}
function spelling(ctx, path26, at) {
  let segs = path26.split("::"), name = segs[segs.length - 1], module2 = segs.slice(0, -1).join("::"), imports = importedNames(ctx.tree.rootNode).filter((i) => i.name !== "*"), absolute = (i) => ctx.types.absolutePath(i.path).join("::"), direct = imports.find((i) => absolute(i) === path26);
  if (direct) return { text: direct.name };
  let viaModule = imports.find((i) => absolute(i) === module2 && i.name === i.path[i.path.length - 1]);
  if (viaModule) return { text: `${viaModule.name}::${name}` };
  let sibling = !ctx.types.definesItem(name) && !ctx.types.importsName(name) && !ctx.types.isLocalBinding(name, at) ? imports.find((i) => i.node.type !== "self" && ctx.types.absolutePath(i.path.slice(0, -1)).join("::") === module2) : void 0, edit = sibling && addToUse(sibling.node, name);
  return edit ? { text: name, edit } : { text: path26 };
}
function useOrder(a, b) {
  let rank2 = (s) => s === "self" ? 0 : /^[a-z_]/.test(s) ? 1 : 2;
  return rank2(a) - rank2(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function addToUse(node, name) {
  let list = node.parent?.type === "use_list" && node.type !== "scoped_identifier" ? node.parent : void 0;
  if (list) {
    if (list.text.includes(`
`)) return;
    let items = [...list.namedChildren.filter((c) => !c.type.endsWith("comment")).map((c) => c.text), name].sort(useOrder);
    return { range: nodeRange(list), newText: `{${items.join(", ")}}` };
  }
  let last = node.type === "scoped_identifier" ? node.childForFieldName("name") : void 0;
  if (last)
    return { range: nodeRange(last), newText: `{${[last.text, name].sort(useOrder).join(", ")}}` };
}
function useKernelFunctionFix(ctx, call, wrapper) {
  let { text: callee, edit } = spelling(ctx, wrapper.path, call), starts = lineStarts(ctx.text), site = makeCallSafe(call, callee, ctx.text, ctx.types, (o) => positionAt(starts, o));
  return lazyFix(`Use \`${wrapper.path}\``, fileEditsWithImports(ctx, () => [...site.edits, ...edit ? [edit] : []]), { preferred: !0, editsImports: !0 });
}
function useKernelConstFix(ctx, pathNode, konst) {
  let { text, edit } = spelling(ctx, konst.path, pathNode), at = nodeRange(pathNode);
  return lazyFix(
    `Use \`${konst.path}\``,
    fileEditsWithImports(ctx, () => [{ range: at, newText: text }, ...edit ? [edit] : []]),
    { preferred: !0, editsImports: !0 }
  );
}
function driverType(t, crate, mapping) {
  switch (t.kind) {
    case "path": {
      if (t.args.length) return;
      let segs = stripGlobal(t.segments);
      return segs.length === 1 ? PRIMITIVES.has(segs[0]) ? segs[0] : `${crate}::${segs[0]}` : segs.length === 2 && segs[0] === "ffi" ? mapping === "kernel" ? `kernel::ffi::${segs[1]}` : void 0 : segs[0] === "core" && segs[1] === "ffi" ? segs.join("::") : void 0;
    }
    case "pointer": {
      let p = driverType(t.pointee, crate, mapping);
      return p && `*${t.mutable ? "mut" : "const"} ${p}`;
    }
    case "tuple":
      return t.elements.length === 0 ? "()" : void 0;
    default:
      return;
  }
}
function topLevelItem(n) {
  let cur = n;
  for (; cur.parent && cur.parent.type !== "source_file"; ) cur = cur.parent;
  return cur.parent ? cur : void 0;
}
function documentedErrorReturn(headers, paths, fn, ret) {
  let t = fn.returnType, segs = t.kind === "path" ? stripGlobal(t.segments) : [], isCInt = segs[segs.length - 1] === "c_int" && segs[segs.length - 2] === "ffi", isMutPtr = t.kind === "pointer" && t.mutable;
  if (!isCInt && !isMutPtr) return;
  let docs = headers.find(fn.name).map((d) => d.doc).filter((d) => !!d), convert = isCInt ? docs.some((d) => ERRNO.test(d) && ZERO_ON_SUCCESS.test(d)) && "to_result" : docs.some((d) => /\bERR_PTR\b/.test(d)) && "from_err_ptr";
  if (!(!convert || !paths.hasPublic("kernel::error", convert) || !paths.hasPublic("kernel::error", "Result")))
    return convert === "to_result" ? { convert, ok: "" } : { convert, ok: `<${ret}>` };
}
function wrapperName(ctx, binding, at) {
  let base = binding.replace(/^_+/, "") || binding, taken = (n) => ctx.types.definesItem(n) || ctx.types.importsName(n) || ctx.types.isLocalBinding(n, at);
  for (let i = 1; ; i++) {
    let name = i === 1 ? base : i === 2 ? `${base}_safe` : `${base}_safe${i - 1}`;
    if (!taken(name)) return name;
  }
}
function wrapperFix(ctx, call, fn) {
  if (fn.variadic) return;
  let item = topLevelItem(call);
  if (!item) return;
  let crate = ctx.types.importsBindingsCrate() ? "bindings" : "kernel::bindings", params = [], names = [];
  for (let [i, p] of fn.params.entries()) {
    let ty = driverType(p.type, crate, ctx.model.mapping);
    if (!ty) return;
    let name2 = /^[a-z_][a-z0-9_]*$/.test(p.name) && p.name !== "_" ? p.name : `arg${i}`;
    names.push(name2), params.push(`${name2}: ${ty}`);
  }
  let ret = driverType(fn.returnType, crate, ctx.model.mapping);
  if (!ret) return;
  let name = wrapperName(ctx, fn.name, call), starts = lineStarts(ctx.text), site = makeCallSafe(call, name, ctx.text, ctx.types, (o) => positionAt(starts, o)), safety = (site.safety && !/^SAFETY:\s*TODO\.?$/.test(site.safety.lines.join(" ").trim()) ? site.safety.lines : void 0) ?? [`SAFETY: TODO: explain why every caller upholds what \`${fn.name}\` requires of its arguments.`], { eol } = ctx, rawCall = `unsafe { ${crate}::${fn.name}(${names.join(", ")}) }`, { headers, kernelPaths } = ctx.index, wrapper = () => {
    let errors = documentedErrorReturn(headers, kernelPaths, fn, ret), returns = errors ? ` -> kernel::error::Result${errors.ok}` : ret === "()" ? "" : ` -> ${ret}`;
    return [
      `/// Calls \`${crate}::${fn.name}\`; a safe abstraction like this belongs in \`rust/kernel/\`.`,
      `fn ${name}(${params.join(", ")})${returns} {`,
      ...safety.map((l) => `    //${l ? ` ${l}` : ""}`),
      `    ${errors ? `kernel::error::${errors.convert}(${rawCall})` : rawCall}`,
      "}"
    ].join(eol);
  }, end = nodeRange(item).end;
  return lazyFix(
    `Extract \`${fn.name}\` into a safe wrapper`,
    fileEditsWithImports(ctx, () => [...site.edits, { range: { start: end, end }, newText: `${eol}${eol}${wrapper()}` }]),
    { preferred: !1, editsImports: !0 }
  );
}
function fixesFor(ctx, pathNode, name) {
  let fn = ctx.index.bindings.functions.get(name);
  if (!fn) {
    let same2 = kernelConstsOf(ctx.index, name).filter((c) => isSameConst(ctx, c));
    return same2.length === 1 ? [useKernelConstFix(ctx, pathNode, same2[0])] : [];
  }
  let call = pathNode.parent;
  if (call?.type !== "call_expression" || call.childForFieldName("function")?.id !== pathNode.id) return [];
  let thin = thinWrapperOf(ctx, fn);
  if (thin) return [useKernelFunctionFix(ctx, call, thin)];
  if ((ctx.index.kernel.uses(name) ?? []).some((u) => u.item === "fn")) return [];
  let extract = wrapperFix(ctx, call, fn);
  return extract ? [extract] : [];
}
function tokenPaths(tt) {
  let out = [], tokens = tt.children;
  for (let i = 0; i < tokens.length; i++) {
    let prev = tokens[i - 1]?.type;
    if (prev === "." || prev === "::" || prev === "identifier") continue;
    let global = tokens[i].type === "::", j = global ? i + 1 : i;
    if (tokens[j]?.type !== "identifier") continue;
    let segments = global ? [""] : [];
    for (; segments.push(tokens[j].text), !(tokens[j + 1]?.type !== "::" || tokens[j + 2]?.type !== "identifier"); )
      j += 2;
    let next = tokens[j + 1]?.type;
    next !== "::" && !(segments.length === 1 && next === ":") && out.push({ segments, first: tokens[i], last: tokens[j] }), i = j;
  }
  return out;
}
var PATH_NODES, MAX_LISTED, ERRNO, ZERO_ON_SUCCESS, rawBindingUse, init_rawBindingUse = __esm({
  "server/src/core/rules/rawBindingUse.ts"() {
    "use strict";
    init_model();
    init_text();
    init_resolve();
    init_kernelWrappers();
    init_unsafeBlocks();
    init_importEdits();
    init_parse();
    init_tree();
    init_rustType();
    init_archTable();
    PATH_NODES = ["scoped_identifier", "scoped_type_identifier", "identifier", "type_identifier"], MAX_LISTED = 3;
    ERRNO = /-E[A-Z0-9]{2,}\b|\bnegative\s+(?:errno|error)|-errno\b/i, ZERO_ON_SUCCESS = /\b(?:0|zero)\b[^.;\n]*\bsuccess|\bsuccess\w*[^.;\n]*\b(?:0|zero)\b/i;
    rawBindingUse = {
      meta: {
        code: "raw-binding-use",
        language: "rust",
        defaultSeverity: "warning",
        description: "A driver, sample or test uses the raw C bindings instead of a safe `kernel` abstraction.",
        fixable: !0,
        machineFix: !1
      },
      check(ctx) {
        if (isLeafCrate(ctx.crate.kind)) {
          for (let n of descendantsOf(ctx.nodes, PATH_NODES, ["use_declaration", "attribute_item", "macro_definition", "token_tree"])) {
            let name = ctx.types.bindingsItemOf(n);
            !name || !n.type.startsWith("scoped_") && n.parent?.type.startsWith("scoped_") || ctx.report({ range: nodeRange(n), message: message(ctx, name), fixes: fixesFor(ctx, n, name) });
          }
          for (let tt of descendantsOf(ctx.nodes, ["token_tree"], ["use_declaration", "attribute_item", "macro_definition"]))
            for (let p of tokenPaths(tt)) {
              let name = ctx.types.bindingsItemAt(p.segments, p.last, { type: !1, glob: !1 });
              name && ctx.report({ range: { start: nodeRange(p.first).start, end: nodeRange(p.last).end }, message: message(ctx, name) });
            }
        }
      }
    };
  }
});

// server/src/core/rules/casts.ts
function castsIn(ctx) {
  let casts = cache2.get(ctx.nodes);
  if (casts) return casts;
  casts = [];
  let types = ctx.types;
  for (let node of descendantsOf(ctx.nodes, ["type_cast_expression"])) {
    let value = node.childForFieldName("value"), typeNode = node.childForFieldName("type");
    if (!value || !typeNode) continue;
    let sourceType = types.typeOf(value), targetType = typeNode.text === "_" ? types.expectedTypeOf(node) : types.resolveTypeNode(typeNode);
    if (!sourceType || !targetType) continue;
    let cast = {
      node,
      value,
      typeNode,
      sourceType,
      targetType,
      source: types.perArch(sourceType),
      target: types.perArch(targetType),
      noOpOn: [],
      convertsOn: [],
      unknownOn: []
    };
    for (let variant of types.archTypes.variants([sourceType, targetType])) {
      let on = (t, decisions) => types.archTypes.on(t, variant.arch, variant.assume, { decisions }), sourceDecisions = [], targetDecisions = [], sides = { variant, source: on(sourceType, sourceDecisions), target: on(targetType, targetDecisions), sourceDecisions, targetDecisions };
      !types.isConcrete(sides.source) || !types.isConcrete(sides.target) ? cast.unknownOn.push(sides) : (typeToString(sides.source) === typeToString(sides.target) ? cast.noOpOn : cast.convertsOn).push(sides);
    }
    (cast.noOpOn.length || cast.convertsOn.length) && casts.push(cast);
  }
  return cache2.set(ctx.nodes, casts), casts;
}
function labels(on) {
  return on.map((o) => o.variant.label).join(", ");
}
function displayType(t) {
  if (t.kind === "path") {
    let segs = stripGlobal(t.segments);
    if (segs.length === 1 && !PRIMITIVES.has(segs[0]) && segs[0] !== "c_void") return `bindings::${segs[0]}`;
    if (segs[0] === "<local>" || segs[0] === "<uapi>") return segs[1];
  }
  return t.kind === "pointer" ? `*${t.mutable ? "mut" : "const"} ${displayType(t.pointee)}` : typeToString(t);
}
function uniform(all) {
  return all.length && all.every((t) => typeToString(t) === typeToString(all[0])) ? all[0] : void 0;
}
function snippet(node, max = 60) {
  let s = node.text.replace(/\s+/g, " ");
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function mappingName(mapping) {
  return mapping === "kernel" ? "the kernel mapping (rust/ffi.rs)" : "the core::ffi mapping";
}
function standsFree(at, expr) {
  let context = at.parent;
  if (context?.type === "expression_statement") {
    if (BLOCK_LIKE2.has(expr.type)) return !1;
    context = context.parent;
  }
  return !context || !DELIMITED.has(context.type) ? !1 : context.type.includes("assignment") ? context.childForFieldName("right")?.id === at.id : context.type !== "let_declaration" || context.childForFieldName("value")?.id === at.id;
}
function parensNeedless(cast, value) {
  return value.type === "parenthesized_expression" && value.namedChildren.length === 1 && standsFree(cast, value.namedChildren[0]);
}
function removeCastFix(ctx, cast) {
  let r = nodeRange(cast.node), value = nodeRange(cast.value), inner = cast.value.namedChildren[0], edits = parensNeedless(cast.node, cast.value) ? [{ range: { start: value.start, end: nodeRange(inner).start }, newText: "" }, { range: { start: nodeRange(inner).end, end: r.end }, newText: "" }] : [{ range: { start: value.end, end: r.end }, newText: "" }], title = `Remove the cast \`as ${cast.typeNode.text}\``, head = cast.typeNode.text.split(/\s*::\s*|[\s*<]/).find((w) => /^\w+$/.test(w) && w !== "const" && w !== "mut");
  if (!head || !ctx.types.importsName(head)) return { title, edits: [{ file: ctx.file, edits }] };
  let { file, text } = ctx;
  return lazyFix(title, () => [{ file, edits: withUnusedImportsRemoved(text, edits) }], { editsImports: !0 });
}
var cache2, DELIMITED, BLOCK_LIKE2, init_casts = __esm({
  "server/src/core/rules/casts.ts"() {
    "use strict";
    init_parse();
    init_model();
    init_importEdits();
    init_rustType();
    init_archTable();
    cache2 = /* @__PURE__ */ new WeakMap();
    DELIMITED = /* @__PURE__ */ new Set([
      "arguments",
      "let_declaration",
      "return_expression",
      "parenthesized_expression",
      "array_expression",
      "tuple_expression",
      "field_initializer",
      "assignment_expression",
      "compound_assignment_expr",
      "block"
    ]), BLOCK_LIKE2 = /* @__PURE__ */ new Set(["block", "unsafe_block", "if_expression", "match_expression", "loop_expression", "while_expression", "for_expression"]);
  }
});

// server/src/core/rules/unnecessaryCast.ts
var unnecessaryCast, init_unnecessaryCast = __esm({
  "server/src/core/rules/unnecessaryCast.ts"() {
    "use strict";
    init_casts();
    init_rustType();
    init_parse();
    init_tree();
    unnecessaryCast = {
      meta: {
        code: "unnecessary-cast",
        language: "rust",
        defaultSeverity: "warning",
        description: "An `as` cast to the type the value already has on every supported arch.",
        fixable: !0,
        machineFix: !0
      },
      check(ctx) {
        for (let cast of castsIn(ctx)) {
          if (cast.convertsOn.length || cast.unknownOn.length) continue;
          let same2 = uniform(cast.noOpOn.map((o) => o.target)), target = same2 ? typeToString(same2) : displayType(cast.targetType);
          ctx.report({
            range: nodeRange(cast.node),
            message: `\`${snippet(cast.value)}\` is already \`${target}\` on every arch of this tree (${treeArchNames(ctx.model).join(", ")}) under ${mappingName(ctx.model.mapping)}, so \`as ${cast.typeNode.text}\` converts nothing`,
            fixes: [removeCastFix(ctx, cast)]
          });
        }
      }
    };
  }
});

// server/src/core/rules/archDependentCast.ts
function decidedBy(decisions) {
  let said = new Set(decisions.map((ds) => ds.flatMap((d) => d.decisive.map(([s, set]) => `${set ? "with" : "without"} \`${s}\``)).join(", ")));
  if (said.size === 1 && [...said][0]) return `, ${[...said][0]}`;
  let headers = new Set(decisions.flatMap((ds) => ds.filter((d) => headerArch(d.decl.path)).map((d) => d.decl.path)));
  return headers.size ? headers.size === 1 ? `, as ${[...headers][0]} defines it` : ", as each arch's own header defines it" : "";
}
function whyConverts(cast) {
  let known = [...cast.noOpOn, ...cast.convertsOn], targetVaries = !uniform(known.map((o) => o.target)) && uniform(known.map((o) => o.source)) !== void 0, named = targetVaries ? cast.targetType : cast.sourceType, side = (o) => targetVaries ? o.target : o.source, groups = /* @__PURE__ */ new Map();
  for (let o of cast.convertsOn) {
    let t = typeToString(side(o));
    groups.set(t, [...groups.get(t) ?? [], o]);
  }
  return [...groups].map(([t, on]) => {
    let because = decidedBy(on.map((o) => targetVaries ? o.targetDecisions : o.sourceDecisions));
    return `${labels(on)} (\`${displayType(named)}\` is \`${t}\` there${because})`;
  }).join("; ");
}
var archDependentCast, init_archDependentCast = __esm({
  "server/src/core/rules/archDependentCast.ts"() {
    "use strict";
    init_casts();
    init_parse();
    init_rustType();
    init_headers();
    archDependentCast = {
      meta: {
        code: "arch-dependent-cast",
        language: "rust",
        defaultSeverity: "information",
        description: "An `as` cast that is a no-op on some supported arches (or configs) and a conversion on others.",
        fixable: !1,
        machineFix: !1
      },
      check(ctx) {
        for (let cast of castsIn(ctx)) {
          if (!cast.noOpOn.length || !cast.convertsOn.length) continue;
          let unknown3 = cast.unknownOn.length ? `; not known on ${labels(cast.unknownOn)}` : "";
          ctx.report({
            range: nodeRange(cast.node),
            message: `\`as ${cast.typeNode.text}\` is a no-op on ${labels(cast.noOpOn)}; converts on ${whyConverts(cast)}${unknown3}: keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary`
          });
        }
      }
    };
  }
});

// server/src/core/rules/cCharSign.ts
function sidesOf(per) {
  let sides = { i8: [], u8: [] };
  for (let [arch, t] of per) {
    let s = typeToString(t);
    if (s !== "i8" && s !== "u8") return;
    sides[s].push(arch);
  }
  return sides;
}
function isMixed(s) {
  return s.i8.length > 0 && s.u8.length > 0;
}
function localFunctionsOf(root) {
  let fns = localFunctions.get(root);
  if (!fns) {
    fns = /* @__PURE__ */ new Map();
    for (let item of root.namedChildren) {
      if (item.type !== "function_item") continue;
      let name = item.childForFieldName("name")?.text;
      if (!name) continue;
      let params = (item.childForFieldName("parameters")?.namedChildren ?? []).filter((p) => p.type === "parameter").map((p) => ({
        name: p.childForFieldName("pattern")?.text ?? "_",
        typeNode: p.childForFieldName("type")
      }));
      fns.set(name, { name, params });
    }
    localFunctions.set(root, fns);
  }
  return fns;
}
function signLiteral(n) {
  if (n.type === "integer_literal") return isUnsuffixedInt(n) && intLiteralValue(n.text) === 0 ? 0 : void 0;
  let digits = n.namedChildren[0];
  if (n.type !== "unary_expression" || n.children[0]?.type !== "-" || digits?.type !== "integer_literal" || !isUnsuffixedInt(digits)) return;
  let v = intLiteralValue(digits.text);
  return v !== void 0 && v >= 1 && v <= 128 ? -v : void 0;
}
function literalValue(n) {
  return n.type === "integer_literal" ? intLiteralValue(n.text) : n.type === "char_literal" ? byteLiteralValue(n.text) : void 0;
}
function highByte(n) {
  let v = literalValue(n);
  return v !== void 0 && v >= 128 && v <= 255 ? v : void 0;
}
function hex(b) {
  return `0x${b.toString(16).padStart(2, "0")}`;
}
function writtenForChar(ctx, charSide, written) {
  let c = ctx.types.expandAlias(charSide), w = ctx.types.expandAlias(written);
  if (c.kind === "pointer" && w.kind === "pointer") {
    let inner = writtenForChar(ctx, c.pointee, w.pointee);
    return inner && { ...inner, shape: `${inner.shape} *` };
  }
  if (c.kind === "reference" && w.kind === "reference") return writtenForChar(ctx, c.referent, w.referent);
  if ((c.kind === "array" || c.kind === "slice") && (w.kind === "array" || w.kind === "slice")) {
    let inner = writtenForChar(ctx, c.element, w.element);
    return inner && { ...inner, shape: `${inner.shape}[${c.kind === "array" ? c.length : ""}]` };
  }
  if (!ctx.types.cCharMapping(c) || w.kind !== "path" || w.args.length) return;
  let prim = stripGlobal(w.segments).join("::");
  return prim === "i8" || prim === "u8" ? { prim, char: c, shape: "char" } : void 0;
}
function primitiveNode(typeNode, prim) {
  return typeNode.type === "primitive_type" ? typeNode.text === prim ? typeNode : void 0 : typeNode.descendantsOfType("primitive_type").find((p) => p.text === prim);
}
function byteTest(op, k) {
  if (k === 0 && op === "<" || k === -1 && op === "<=") return { op: ">=", byte: "0x80" };
  if (k === 0 && op === ">=" || k === -1 && op === ">") return { op: "<", byte: "0x80" };
  if (k < 0 && (op === "==" || op === "!=")) return { op, byte: hex(256 + k) };
}
function isExportedToC(fn) {
  let mods = fn.namedChildren.find((c) => c.type === "function_modifiers");
  if (!mods || !/extern\s+"C"/.test(mods.text)) return !1;
  for (let s = fn.previousNamedSibling; s?.type === "attribute_item"; s = s.previousNamedSibling)
    if (/no_mangle|export_name/.test(s.text)) return !0;
  return !1;
}
function usedAsCStr(fn, param) {
  return fn.descendantsOfType("call_expression").some((c) => {
    let callee = c.childForFieldName("function")?.text ?? "", args = c.childForFieldName("arguments")?.namedChildren ?? [];
    return /(^|::)from_char_ptr$/.test(callee) && args[0]?.text === param;
  });
}
var WIDE_INTEGER, WRITES_I8_OR_U8, COMPARISONS, localFunctions, cCharSign, init_cCharSign = __esm({
  "server/src/core/rules/cCharSign.ts"() {
    "use strict";
    init_archTable();
    init_tree();
    init_parse();
    init_rustType();
    init_resolve();
    init_literals();
    init_casts();
    WIDE_INTEGER = /^(i|u)(16|32|64|128|size)$/, WRITES_I8_OR_U8 = /[iu]8\b/, COMPARISONS = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!=" }, localFunctions = /* @__PURE__ */ new WeakMap();
    cCharSign = {
      meta: {
        code: "c-char-sign",
        language: "rust",
        defaultSeverity: "warning",
        description: "A C `char` treated as signed, or with a sign that depends on the arch.",
        fixable: !0,
        machineFix: !0
      },
      check(ctx) {
        if (ctx.crate.kind === "bindings" || ctx.crate.kind === "uapi" || ctx.crate.kind === "ffi") return;
        let types = ctx.types, model = ctx.model, reported = /* @__PURE__ */ new Set(), localCallees = /* @__PURE__ */ new Map(), structTypes = /* @__PURE__ */ new Map(), report = (node, message2, fix2) => {
          reported.has(node.id) || (reported.add(node.id), ctx.report({ range: nodeRange(node), message: message2, fixes: fix2 ? [fix2] : [] }));
        }, edit = (range, newText, title) => ({ title, edits: [{ file: ctx.file, edits: [{ range, newText }] }] }), treeCChar = model.mapping === "core" ? "core::ffi::c_char" : ctx.crate.kind === "kernel" ? "crate::ffi::c_char" : "kernel::ffi::c_char", unsignedC = model.unsignedChar ? "; kernel C chars are unsigned" : "", extendsLikeC = model.unsignedChar ? " (kernel C, built with -funsigned-char, zero-extends)" : "";
        function charValue(n) {
          let t = types.typeOf(n), mapping = t && types.cCharMapping(t);
          if (mapping && model.unknownArches.length && !cTypeOnUnknownArch("c_char", mapping)) return;
          let sides = mapping && sidesOf(types.perArch(t));
          return mapping && sides ? { sides, mapping } : void 0;
        }
        function unsignedEverywhere(cv) {
          let like = cv.mapping === "kernel" && model.unsignedChar ? ", like kernel C `char` (-funsigned-char)" : "";
          return `\`u8\` on every arch of this tree (${treeArchNames(model).join(", ")}) under ${mappingName(cv.mapping)}${like}`;
        }
        let signed = model.arches.filter((a) => cTypeToRust("c_char", a, "core") === "i8");
        if (model.mapping === "kernel" && signed.length) {
          let unsigned = model.arches.filter((a) => !signed.includes(a));
          for (let n of descendantsOf(ctx.nodes, ["scoped_type_identifier", "scoped_identifier"]))
            stripGlobal(pathSegments2(n)).join("::") === "core::ffi::c_char" && report(
              n,
              `\`core::ffi::c_char\` is \`i8\` on ${signed.join(", ")} and \`u8\` on ${unsigned.join(", ") || "no arch of this tree"}, ` + (model.unsignedChar ? "but kernel C is built with -funsigned-char, so its `char` is `u8` on every arch" : "but the kernel mapping (rust/ffi.rs) makes the bindings' `c_char` `u8` on every arch") + ": use the kernel's `c_char`",
              edit(nodeRange(n), treeCChar, `Use \`${treeCChar}\``)
            );
        }
        let kinds = [
          "call_expression",
          "binary_expression",
          "compound_assignment_expr",
          "type_cast_expression",
          "assignment_expression",
          "field_initializer",
          "let_declaration",
          "function_signature_item",
          "function_item"
        ];
        for (let n of descendantsOf(ctx.nodes, kinds, ["function_signature_item"]))
          switch (n.type) {
            case "call_expression":
              checkCallArgs(n), checkConversion(n);
              break;
            case "binary_expression":
              checkComparison(n), checkShift(n);
              break;
            case "compound_assignment_expr":
              checkShift(n);
              break;
            case "type_cast_expression":
              checkHighBytes(n);
              break;
            case "assignment_expression": {
              let value = n.childForFieldName("right"), left = value && WRITES_I8_OR_U8.test(value.text) ? n.childForFieldName("left") : null, slot = left && types.typeOf(left);
              slot && checkWritten(slot, value, `\`${snippet(left)}\``, !1);
              break;
            }
            case "field_initializer":
              checkFieldInitializer(n);
              break;
            case "let_declaration":
              checkLet(n);
              break;
            case "function_signature_item":
              n.parent?.parent?.type === "foreign_mod_item" && checkCParams(n, "declares");
              break;
            case "function_item":
              isExportedToC(n) && checkCParams(n, "exports");
              break;
          }
        for (let cast of castsIn(ctx)) checkWideningCast(cast);
        function writtenMessage(subject, shape, prim, charType, arches) {
          let why = (types.cCharMapping(charType) ?? model.mapping) === "kernel" ? `${model.unsignedChar ? "kernel C `char` is unsigned (-funsigned-char)" : "the kernel mapping (rust/ffi.rs) makes `char` unsigned"} and \`c_char\` is \`u8\` on every arch of this tree, so this does not type-check` : `\`core::ffi::c_char\` is \`${prim === "i8" ? "u8" : "i8"}\` on ${arches.join(", ")}, where this does not type-check`;
          return `${subject} is a C \`${shape}\`, but \`${prim}\` is ${prim === "i8" ? "a signed" : "an unsigned"} char: ${why}; write \`c_char\``;
        }
        function archesOtherThan(charType, prim) {
          return [...types.perArch(charType)].filter(([, t]) => typeToString(t) !== prim).map(([a]) => a);
        }
        function checkWritten(slot, value, what, passed) {
          if (!holdsCChar(slot)) return;
          let valueType = types.typeOf(value), found = valueType && writtenForChar(ctx, slot, valueType);
          if (!found) return;
          let arches = archesOtherThan(found.char, found.prim);
          if (arches.length) {
            if (value.type === "type_cast_expression") {
              let ty = value.childForFieldName("type"), prim = primitiveNode(ty, found.prim);
              if (prim) {
                report(ty, writtenMessage(what, found.shape, found.prim, found.char, arches), castFix(value, ty, prim));
                return;
              }
            }
            if (value.type === "identifier") {
              let binder = types.localBinder(value.text, value);
              if (binder?.typeNode && primitiveNode(binder.typeNode, found.prim)) {
                report(binder.typeNode, writtenMessage(`\`${value.text}\`, ${passed ? "passed as" : "stored in"} ${what},`, found.shape, found.prim, found.char, arches));
                return;
              }
            }
            report(value, writtenMessage(`\`${snippet(value)}\`, ${passed ? "passed as" : "stored in"} ${what},`, found.shape, found.prim, found.char, arches));
          }
        }
        function castFix(cast, typeNode, prim) {
          let written = typeNode.text.slice(0, prim.startIndex - typeNode.startIndex) + treeCChar + typeNode.text.slice(prim.endIndex - typeNode.startIndex), value = cast.childForFieldName("value"), source = value && types.typeOfExpression(value), pointer = typeNode.type === "pointer_type" && typeNode.childForFieldName("type")?.id === prim.id;
          if (value && source && (pointer || typeNode.id === prim.id)) {
            let mut = typeNode.children.some((c) => c.type === "mutable_specifier") ? "mut" : "const", fixedOn = (a) => (pointer ? `*${mut} ` : "") + cTypeToRust("c_char", a, model.mapping);
            if ([...source].every(([a, t]) => typeToString(t) === fixedOn(a))) return removeCastFix(ctx, { node: cast, value, typeNode });
          }
          return edit(nodeRange(typeNode), written, `Use \`${written}\``);
        }
        function holdsCChar(t) {
          let d = types.expandAlias(t);
          return d.kind === "pointer" ? holdsCChar(d.pointee) : d.kind === "reference" ? holdsCChar(d.referent) : d.kind === "array" || d.kind === "slice" ? holdsCChar(d.element) : types.cCharMapping(d) !== void 0;
        }
        function calleeOf(callee) {
          let binding = types.bindingFunctionOf(callee);
          if (binding) return { display: `bindings::${binding.name}`, params: binding.params };
          let local = callee.type === "identifier" ? localFunctionsOf(ctx.tree.rootNode).get(callee.text) : void 0;
          if (!local) return;
          let resolved = localCallees.get(local.name);
          return resolved || (resolved = { display: local.name, params: local.params.map((p) => ({ name: p.name, type: p.typeNode ? types.resolveTypeNode(p.typeNode) : void 0 })) }, localCallees.set(local.name, resolved)), resolved;
        }
        function checkCallArgs(call) {
          let callee = call.childForFieldName("function"), fn = callee && calleeOf(callee);
          if (!fn) return;
          (call.childForFieldName("arguments")?.namedChildren.filter((a) => !a.type.endsWith("comment")) ?? []).forEach((arg, i) => {
            let param = fn.params[i];
            param?.type && checkWritten(param.type, arg, `\`${param.name}\` of \`${fn.display}\``, !0);
          });
        }
        function checkFieldInitializer(n) {
          let field = n.childForFieldName("field")?.text, value = n.childForFieldName("value"), struct = n.parent?.parent;
          if (struct?.type !== "struct_expression" || !value || !WRITES_I8_OR_U8.test(value.text)) return;
          structTypes.has(struct.id) || structTypes.set(struct.id, types.typeOf(struct));
          let structType = structTypes.get(struct.id), slot = field && structType && types.fieldTypeOf(structType, field);
          slot && checkWritten(slot, value, `field \`${field}\` of \`${snippet(struct.childForFieldName("name"))}\``, !1);
        }
        function checkLet(n) {
          let ty = n.childForFieldName("type"), value = n.childForFieldName("value");
          if (!ty || !value || !/\b[iu]8\b/.test(ty.text)) return;
          let declared = types.resolveTypeNode(ty), valueType = types.typeOf(value), found = declared && valueType && writtenForChar(ctx, valueType, declared);
          if (!found || types.cCharMapping(found.char) !== model.mapping) return;
          let arches = archesOtherThan(found.char, found.prim), prim = primitiveNode(ty, found.prim);
          if (!arches.length || !prim) return;
          let name = n.childForFieldName("pattern")?.text ?? "_";
          report(
            ty,
            writtenMessage(`\`${snippet(value)}\`, given to \`${name}\`,`, found.shape, found.prim, found.char, arches),
            edit(nodeRange(prim), treeCChar, `Use \`${treeCChar}\``)
          );
        }
        function checkCParams(fnNode, how) {
          let name = fnNode.childForFieldName("name")?.text;
          if (!name) return;
          let binding = ctx.index.bindings.functions.get(name), u8Arches = model.arches.filter((a) => cTypeToRust("c_char", a, model.mapping) === "u8");
          if (!u8Arches.length) return;
          let header = null;
          (fnNode.childForFieldName("parameters")?.namedChildren.filter((p) => p.type === "parameter") ?? []).forEach((p, i) => {
            let ty = p.childForFieldName("type");
            if (ty?.type !== "pointer_type" || ty.childForFieldName("type")?.text !== "i8") return;
            header === null && (header = ctx.index.headers.find(name)[0]);
            let cText = header?.params[i]?.text, bindingParam = binding?.params[i]?.type, knownChar = bindingParam?.kind === "pointer" && types.cCharMapping(bindingParam.pointee) !== void 0 || cText !== void 0 && /\bchar\s*\*/.test(cText) && !/\b(signed|unsigned)\s+char\b/.test(cText), pname = p.childForFieldName("pattern")?.text ?? `#${i + 1}`, usedAsCString = how === "exports" && usedAsCStr(fnNode, pname);
            if (!knownChar && !usedAsCString) return;
            let what = how === "declares" ? `parameter \`${pname}\` of the hand-written declaration of \`${name}\`` : `parameter \`${pname}\` of \`${name}\`, which C calls,`, treeChar = model.mapping === "kernel" ? pathType("ffi", "c_char") : pathType("core", "ffi", "c_char");
            report(
              ty,
              writtenMessage(what, "char *", "i8", treeChar, u8Arches),
              knownChar ? edit(nodeRange(ty), ty.text.replace(/\bi8$/, treeCChar), `Use \`${ty.text.replace(/\bi8$/, treeCChar)}\``) : void 0
            );
          });
        }
        function checkComparison(n) {
          let written = n.childForFieldName("operator")?.type, l = n.childForFieldName("left"), r = n.childForFieldName("right");
          if (!written || !(written in COMPARISONS) || !l || !r) return;
          let k = signLiteral(r), [value, op, literal] = [l, written, r];
          if (k === void 0 && (k = signLiteral(l), [value, op, literal] = [r, COMPARISONS[written], l]), k === void 0 || k === 0 && (op === "==" || op === "!=")) return;
          let cv = charValue(value);
          if (!cv || !cv.sides.u8.length) return;
          let expr = snippet(n), always = k === 0 && (op === "<" || op === ">=") ? String(op === ">=") : void 0;
          if (isMixed(cv.sides)) {
            let where4 = `it is \`i8\` on ${cv.sides.i8.join(", ")} but \`u8\` on ${cv.sides.u8.join(", ")}, where `;
            k < 0 ? report(n, `\`${expr}\` compares a C \`char\` with a negative number: ${where4}rustc rejects \`${literal.text}\` (E0600)${unsignedC}`) : always ? report(n, `\`${expr}\` tests the sign of a C \`char\`: ${where4}the test is always ${always} (rustc's \`unused_comparisons\`)${unsignedC}`) : report(n, `\`${expr}\` tests the sign of a C \`char\`: ${where4}bytes \u2265 0x80 ${op === ">" ? "pass" : "fail"} it${unsignedC}`);
            return;
          }
          let test = byteTest(op, k), fixed = test && (value.startIndex < literal.startIndex ? `${value.text} ${test.op} ${test.byte}` : `${test.byte} ${COMPARISONS[test.op]} ${value.text}`), meant = fixed ? `; on a signed char it was the byte test \`${fixed}\`` : "", fix2 = fixed ? { ...edit(nodeRange(n), fixed, `Compare the byte: \`${fixed}\``), suggestion: !0 } : void 0;
          always ? report(n, `\`${expr}\` is always ${always}: \`${snippet(value)}\` is a C \`char\`, ${unsignedEverywhere(cv)}, and rustc's \`unused_comparisons\` lint warns about the same comparison${meant}`, fix2) : k < 0 && report(n, `\`${expr}\` compares a C \`char\` with a negative number, but \`${snippet(value)}\` is ${unsignedEverywhere(cv)}: rustc rejects \`${literal.text}\` (E0600)${meant}`, fix2);
        }
        function checkHighBytes(n) {
          let value = n.childForFieldName("value"), ty = n.childForFieldName("type"), target = ty && ty.text !== "_" ? types.typeOfTypeNode(ty) : void 0;
          if (!value || !target) return;
          let scalar = sidesOf(target);
          if (scalar) {
            let v = highByte(value);
            isMixed(scalar) && v !== void 0 && report(n, `\`${value.text}\` does not fit a signed char: \`as ${ty.text}\` gives ${v - 256} on ${scalar.i8.join(", ")} and ${v} on ${scalar.u8.join(", ")}${unsignedC}`);
            return;
          }
          let pointee = new Map([...target].map(([a, t]) => [a, t.kind === "pointer" ? t.pointee : t])), sides = sidesOf(pointee), high = (sides && isMixed(sides) ? pointedBytes(value) : void 0)?.filter((b) => b >= 128) ?? [];
          if (!high.length) return;
          let listed = [...new Set(high)].slice(0, 4).map(hex).join(", ") + (new Set(high).size > 4 ? ", \u2026" : "");
          report(n, `\`${snippet(value)}\` points at bytes \u2265 0x80 (${listed}): read through \`${ty.text}\` they are negative on ${sides.i8.join(", ")} and 128\u2013255 on ${sides.u8.join(", ")}${unsignedC}`);
        }
        function pointedBytes(value) {
          let fn = value.type === "call_expression" ? value.childForFieldName("function") : void 0, method = fn?.type === "field_expression" ? fn.childForFieldName("field")?.text : void 0, source = method === "as_ptr" || method === "as_mut_ptr" ? fn.childForFieldName("value") : void 0;
          if (source?.type === "identifier" && (source = types.localBinder(source.text, source)?.value), !source) return;
          if (source.type === "string_literal" || source.type === "raw_string_literal") return byteStringBytes(source.text);
          if (source.type !== "array_expression") return;
          let length = source.childForFieldName("length"), bytes = source.namedChildren.filter((c) => c.id !== length?.id && !c.type.endsWith("comment")).map(literalValue);
          return bytes.every((b) => b !== void 0 && b <= 255) ? bytes : void 0;
        }
        function checkWideningCast(cast) {
          let sides = sidesOf(cast.source);
          !sides || !isMixed(sides) || ![...cast.target.values()].every((t) => WIDE_INTEGER.test(typeToString(t))) || report(
            cast.node,
            `\`${snippet(cast.value)}\` is a C \`char\` that is \`i8\` on ${sides.i8.join(", ")} and \`u8\` on ${sides.u8.join(", ")}: \`as ${cast.typeNode.text}\` sign-extends bytes \u2265 0x80 on the first and zero-extends them on the second${extendsLikeC}`
          );
        }
        function checkConversion(call) {
          let fn = call.childForFieldName("function"), name = fn?.childForFieldName(fn.type === "field_expression" ? "field" : "name")?.text;
          if (name !== "from" && name !== "into") return;
          let args = call.childForFieldName("arguments")?.namedChildren.filter((a) => !a.type.endsWith("comment")) ?? [], value, target;
          if (fn?.type === "scoped_identifier" && args.length === 1) {
            let segs = pathSegments2(fn);
            segs.length === 2 && segs[1] === "from" && ([value, target] = [args[0], segs[0]]);
          } else if (fn?.type === "field_expression" && name === "into" && !args.length) {
            let per = [...types.typeOfExpression(call)?.values() ?? []].map(typeToString);
            value = fn.childForFieldName("value") ?? void 0, target = per.length && per.every((t) => t === per[0]) ? per[0] : void 0;
          }
          if (!value || !target || !WIDE_INTEGER.test(target)) return;
          let cv = charValue(value);
          if (!cv || !isMixed(cv.sides)) return;
          let { i8, u8 } = cv.sides;
          target.startsWith("u") ? report(call, `\`${snippet(call)}\` does not compile on ${i8.join(", ")}: \`${snippet(value)}\` is a C \`char\` that is \`i8\` there (\`u8\` on ${u8.join(", ")}), and \`${target}\` has no \`From<i8>\``) : report(call, `\`${snippet(call)}\` widens a C \`char\` that is \`i8\` on ${i8.join(", ")} and \`u8\` on ${u8.join(", ")}: it sign-extends bytes \u2265 0x80 on the first and zero-extends them on the second${extendsLikeC}`);
        }
        function checkShift(n) {
          if (n.childForFieldName("operator")?.type !== (n.type === "binary_expression" ? ">>" : ">>=")) return;
          let left = n.childForFieldName("left"), cv = left && charValue(left);
          !cv || !isMixed(cv.sides) || report(n, `\`${snippet(n)}\` shifts a C \`char\` that is \`i8\` on ${cv.sides.i8.join(", ")} and \`u8\` on ${cv.sides.u8.join(", ")}: \`>>\` copies the sign bit into bytes \u2265 0x80 on the first and shifts in zeros on the second` + (model.unsignedChar ? " (kernel C, built with -funsigned-char, shifts in zeros)" : ""));
        }
      }
    };
  }
});

// server/src/core/features/generateHelper.ts
function wrappableDecl(decls) {
  return decls.find((d) => d.kind === "static-inline") ?? decls.find((d) => d.kind === "macro");
}
function stripParens(s) {
  let t = s.trim();
  for (; t.startsWith("(") && t.endsWith(")") && balanced(t.slice(1, -1)); ) t = t.slice(1, -1).trim();
  return t;
}
function balanced(s) {
  let depth = 0;
  for (let c of s)
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return !1;
  return depth === 0;
}
function splitArgs(s) {
  let out = [], depth = 0, cur = "";
  for (let c of s) {
    if (c === "," && depth === 0) {
      out.push(cur), cur = "";
      continue;
    }
    c === "(" ? depth++ : c === ")" && depth--, cur += c;
  }
  return out.push(cur), out.map(stripParens).filter((a, _, all) => a !== "" || all.length > 1);
}
function wholeCall(text) {
  let m = /^(\w+)\s*\(([\s\S]*)\)$/.exec(stripParens(text));
  return m && balanced(m[2]) ? { callee: m[1], args: splitArgs(m[2]) } : void 0;
}
function forwardedFunction(macro) {
  if (!macro.body) return;
  let expected = macro.variadic && !macro.params.length ? ["__VA_ARGS__"] : macro.variadic ? void 0 : macro.params.map((p) => p.name);
  if (!expected) return;
  let call = wholeCall(macro.body);
  if (call && call.args.length === 1 && wholeCall(call.args[0])) {
    let inner = wholeCall(call.args[0]);
    inner.args.join() === expected.join() && (call = inner);
  }
  if (!(!call || call.callee === macro.name || call.args.join() !== expected.join()))
    return call.callee;
}
function cTypeOf(t, bindings2, model) {
  switch (t.kind) {
    case "pointer": {
      let inner = cTypeOf(t.pointee, bindings2, model);
      return inner ? `${t.mutable ? "" : "const "}${inner}${inner.endsWith("*") ? "*" : " *"}` : void 0;
    }
    case "path": {
      let segs = stripGlobal(t.segments), last = segs[segs.length - 1];
      if (t.args.length) return;
      if (last === "c_void" && (segs.length === 1 || segs[segs.length - 2] === "ffi")) return "void";
      if (segs.length >= 2 && segs[segs.length - 2] === "ffi" && isCTypeName(last)) return C_SPELLING[last];
      if (segs.length === 1 && PRIMITIVES.has(last)) return primitiveToC(last, model);
      if (segs.length > 2 || segs.length === 2 && segs[0] !== "bindings") return;
      let s = bindings2.structs.get(last);
      return s ? `${s.kind} ${last}` : bindings2.aliases.has(last) ? /^[a-z0-9]+_$/.test(last) && PRIMITIVES.has(last.slice(0, -1)) ? last.slice(0, -1) : last : void 0;
    }
    default:
      return;
  }
}
function primitiveToC(p, { arches, unknownArches, mapping }) {
  if (p === "bool") return "bool";
  let c = C_PREFERENCE.find((name) => arches.every((a) => cTypeToRust(name, a, mapping) === p) && (!unknownArches.length || cTypeOnUnknownArch(name, mapping) === p));
  return c ? C_SPELLING[c] : p === "usize" ? "size_t" : p === "isize" ? "ssize_t" : void 0;
}
function signatureOf(decl, index, callSite) {
  if (decl.kind !== "macro")
    return decl.variadic ? `\`${decl.name}\` is variadic, and a C helper cannot forward \`...\`` : { returnType: decl.returnType ?? "void", params: decl.params, incomplete: !1 };
  let forwarded = forwardedFunction(decl), target = forwarded ? index.headers.find(forwarded).find((d) => d.kind !== "macro" && !d.variadic && d.params.every((p) => p.name)) : void 0;
  if (target) return { returnType: target.returnType ?? "void", params: target.params, incomplete: !1 };
  if (decl.variadic) return `\`${decl.name}\` is a variadic macro, so its parameters are not known`;
  let callee = decl.body ? wholeCall(decl.body)?.callee : void 0, returnType = (callee && callee !== decl.name ? index.headers.find(callee).find((d) => d.kind !== "macro") : void 0)?.returnType, params = decl.params.map((p, i) => {
    let type = callSite?.args[i];
    return { text: `${type ?? TODO_TYPE}${type?.endsWith("*") ? "" : " "}${p.name}`, name: p.name };
  });
  return { returnType: returnType ?? TODO_TYPE, params, incomplete: !returnType || params.some((p) => p.text.startsWith(TODO_TYPE)) };
}
function wrapSignature(head, params, eol) {
  let one = `${head}(${params.join(", ") || "void"})`;
  if (displayColumns(one) <= WIDTH || params.length < 2) return one;
  let indent = kernelIndent(displayColumns(head) + 1), lines = [], line = `${head}(`;
  return params.forEach((p, i) => {
    let piece = p + (i === params.length - 1 ? ")" : ","), sep10 = line.endsWith("(") ? "" : " ";
    !line.endsWith("(") && displayColumns(line + sep10 + piece) > WIDTH ? (lines.push(line), line = indent + piece) : line += sep10 + piece;
  }), lines.push(line), lines.join(eol);
}
function helperText(model, name, sig, eol, markOwnLine = !1) {
  let helper = HELPER_PREFIX + name, ret = sig.returnType, signature = `${ret}${ret.endsWith("*") ? "" : " "}${helper}`, head = model.rustHelperDefined && !markOwnLine ? `__rust_helper ${signature}` : signature, args = sig.params.map((p) => p.name).join(", "), call = `${ret === "void" ? "" : "return "}${name}(${args});`;
  return [
    ...sig.incomplete ? [unfinishedMarker(helper)] : [],
    ...model.rustHelperDefined && markOwnLine ? ["__rust_helper"] : [],
    wrapSignature(head, sig.params.map((p) => p.text), eol),
    "{",
    `	${call}`,
    "}",
    ...model.helperLayout === "single" ? [`EXPORT_SYMBOL_GPL(${helper});`] : []
  ].join(eol) + eol;
}
function helperFileFor(model, index, include) {
  let helpers = index.helpers;
  if (model.helperLayout === "single") return helpers.mainFile;
  for (let hf of helpers.files.values())
    if (hf.file !== helpers.mainFile && hf.headers.includes(include)) return hf.file;
  return path7.join(model.srctree, HELPERS_DIR, `${path7.posix.basename(include, ".h")}.c`);
}
function planHelper(model, index, decl) {
  let helper = HELPER_PREFIX + decl.name, existing = index.helpers.byRustName.get(decl.name);
  if (existing) return { ok: !1, reason: `\`${existing.name}\` already exists in ${relativeToTree(model, existing.file)}` };
  let unfinished = index.helpers.unfinished.get(decl.name);
  if (unfinished)
    return {
      ok: !1,
      reason: `an unfinished \`${helper}\` exists at ${relativeToTree(model, unfinished.file)}:${unfinished.line + 1}: replace each ${TODO_TYPE} there with the C type and remove its #error line`
    };
  if (decl.variadic) {
    let sig = signatureOf(decl, index);
    if (typeof sig == "string") return { ok: !1, reason: sig };
  }
  let file = helperFileFor(model, index, decl.includeVia);
  return { ok: !0, decl, file, title: `Generate C helper \`${helper}\` in ${relativeToTree(model, file)}` };
}
function helperEdits(model, index, decl, file, callSite) {
  let sig = signatureOf(decl, index, callSite);
  if (typeof sig == "string") return [];
  let hf = index.helpers.files.get(file), mainEol = index.helpers.files.get(index.helpers.mainFile)?.eol ?? `
`, edits = [];
  if (hf) {
    let edit = { file, edits: [] };
    if (!hf.headers.includes(decl.includeVia)) {
      let inc = insertSortedInclude(file, hf.headerIncludes, decl.includeVia, !0, hf.eol);
      inc && edit.edits.push(...inc.edits);
    }
    let lead = hf.end.character > 0 ? hf.eol + hf.eol : hf.eol;
    edit.edits.push({ range: { start: hf.end, end: hf.end }, newText: lead + helperText(model, decl.name, sig, hf.eol, marksOwnLine(hf.helpers)) }), edits.push(edit);
  } else {
    let eol = mainEol, text = ["// SPDX-License-Identifier: GPL-2.0", "", `#include <${decl.includeVia}>`, "", ""].join(eol) + helperText(model, decl.name, sig, eol);
    edits.push({ file, create: !0, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] });
  }
  if (model.helperLayout === "split" && file !== index.helpers.mainFile && !isIncludedByMain(index.helpers, file)) {
    let inc = insertHelperInclude(index.helpers, path7.basename(file), mainEol);
    inc && edits.push(inc);
  }
  return edits;
}
function generateHelper(model, index, decl, callSite) {
  let plan = planHelper(model, index, decl);
  return plan.ok ? { ok: !0, file: plan.file, decl, fix: lazyFix(plan.title, () => helperEdits(model, index, decl, plan.file, callSite)) } : plan;
}
function generateHelperFor(model, index, name) {
  let decl = wrappableDecl(index.headers.find(name));
  if (decl) return generateHelper(model, index, decl);
  let pending = index.headers.complete ? "" : " (the headers outside the include closure of bindings_helper.h are still being read; try again shortly)";
  return { ok: !1, reason: `no \`static inline\` function or function-like macro named \`${name}\` in the headers${pending}` };
}
var path7, C_PREFERENCE, WIDTH, init_generateHelper = __esm({
  "server/src/core/features/generateHelper.ts"() {
    "use strict";
    path7 = __toESM(require("node:path"));
    init_archTable();
    init_helpers();
    init_model();
    init_helperEdits();
    init_tree();
    init_rustType();
    init_text();
    C_PREFERENCE = ["c_int", "c_uint", "c_long", "c_ulong", "c_longlong", "c_ulonglong", "c_short", "c_ushort", "c_uchar", "c_schar", "c_char"];
    WIDTH = 80;
  }
});

// server/src/core/rules/missingBinding.ts
function where3(ctx, d) {
  return `${relativeToTree(ctx.model, d.file)}:${d.range.start.line + 1}`;
}
function callSiteTypes(ctx, pathNode) {
  let call = pathNode.parent;
  if (call?.type !== "call_expression" || call.childForFieldName("function")?.id !== pathNode.id) return;
  let args = call.childForFieldName("arguments")?.namedChildren.filter((a) => a.type !== "line_comment" && a.type !== "block_comment") ?? [], { model, index } = ctx;
  return {
    args: args.map((a) => {
      let type;
      if (a.type === "type_cast_expression") {
        let t = a.childForFieldName("type");
        type = t ? typeFromNode(t) : void 0;
      } else a.type === "scoped_identifier" && BINDINGS_PATHS2.has(a.childForFieldName("path")?.text ?? "") && (type = index.bindings.consts.get(a.childForFieldName("name")?.text ?? "")?.type);
      return type ? cTypeOf(type, index.bindings, model) : void 0;
    })
  };
}
function includeFix(ctx, include) {
  let bh = ctx.index.bindingsHelper, edit = bh && insertSortedInclude(bh.file, bh.includes, include, !0, bh.eol);
  return edit ? [{ title: `Add \`#include <${include}>\` to ${BINDINGS_HELPER_H}`, edits: [edit] }] : [];
}
function diagnose(ctx, name, pathNode) {
  let missing = `\`bindings::${name}\` is not in this build's bindings`, helper = ctx.index.helpers.byRustName.get(name);
  if (helper)
    return {
      message: `${missing}: \`${helper.name}\` in ${relativeToTree(ctx.model, helper.file)} wraps it, but the generated rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings`,
      fixes: []
    };
  let decls = ctx.index.headers.find(name), wrappable = wrappableDecl(decls);
  if (wrappable) {
    let what = wrappable.kind === "macro" ? "a function-like macro" : "a `static inline` function", generated = generateHelper(ctx.model, ctx.index, wrappable, wrappable.kind === "macro" ? callSiteTypes(ctx, pathNode) : void 0), unfinished = !generated.ok && ctx.index.helpers.unfinished.has(name) ? `; ${generated.reason}` : "";
    return {
      message: `${missing}: \`${name}\` is ${what} (${where3(ctx, wrappable)}), which has no symbol for Rust to link to; it needs a C helper \`${HELPER_PREFIX}${name}\` in rust/helpers/${unfinished}`,
      fixes: generated.ok ? [generated.fix] : []
    };
  }
  let externs = decls.filter((d) => d.kind === "extern"), unreachable = externs.find((d) => !d.reachable);
  return externs.length && !externs.some((d) => d.reachable) ? {
    message: `${missing}: \`${name}\` is declared in ${where3(ctx, unreachable)}, a header that ${BINDINGS_HELPER_H} does not include, so bindgen never sees it`,
    fixes: includeFix(ctx, unreachable.includeVia)
  } : externs.length ? {
    message: `${missing}: \`${name}\` is declared in ${where3(ctx, externs[0])}, which ${BINDINGS_HELPER_H} includes: the bindings predate that include (rebuild with make LLVM=1), or this config leaves the declaration out (an \`#ifdef\` around it)`,
    fixes: []
  } : ctx.index.headers.complete ? {
    message: `${missing}, and no C header on the include paths declares \`${name}\` as a function or macro`,
    fixes: []
  } : {
    message: `${missing}, and no C header that ${BINDINGS_HELPER_H} or the helpers include declares \`${name}\` as a function or macro (the other headers are still being read)`,
    fixes: []
  };
}
var BINDINGS_PATHS2, missingBinding, init_missingBinding = __esm({
  "server/src/core/rules/missingBinding.ts"() {
    "use strict";
    init_parse();
    init_tree();
    init_helpers();
    init_index();
    init_rustType();
    init_generateHelper();
    init_helperEdits();
    BINDINGS_PATHS2 = /* @__PURE__ */ new Set(["bindings", "kernel::bindings", "::kernel::bindings", "crate::bindings", "::bindings"]);
    missingBinding = {
      meta: {
        code: "missing-binding",
        language: "rust",
        defaultSeverity: "error",
        description: "`bindings::X` that the generated bindings do not have: an inline function or macro needing a C helper, a header not included, or no such C API.",
        fixable: !0,
        machineFix: !1
      },
      check(ctx) {
        if (!bindingsGenerated(ctx.model, ctx.index)) return;
        let crate = crateOf(ctx.model, ctx.file).kind;
        if (!(crate === "bindings" || crate === "uapi" || ctx.types.shadowsBindingsCrate()))
          for (let n of descendantsOf(ctx.nodes, ["scoped_identifier", "scoped_type_identifier"], ["use_declaration", "macro_definition"])) {
            let p = n.childForFieldName("path"), nameNode = n.childForFieldName("name");
            if (!p || !nameNode || !BINDINGS_PATHS2.has(p.text.replace(/\s+/g, ""))) continue;
            let name = nameNode.text;
            if (ctx.index.bindings.has(name)) continue;
            let range = nodeRange(nameNode);
            ctx.report({ range, ...diagnose(ctx, name, n) });
          }
      }
    };
  }
});

// server/src/core/rules/registry.ts
var RULES, init_registry = __esm({
  "server/src/core/rules/registry.ts"() {
    "use strict";
    init_missingRustHelper();
    init_helperNotIncluded();
    init_helperIncludesUnsorted();
    init_helperMisnamed();
    init_rawBindingUse();
    init_unnecessaryCast();
    init_archDependentCast();
    init_cCharSign();
    init_missingBinding();
    RULES = [
      missingRustHelper,
      helperNotIncluded,
      helperIncludesUnsorted,
      helperMisnamed,
      rawBindingUse,
      unnecessaryCast,
      archDependentCast,
      cCharSign,
      missingBinding
    ];
  }
});

// server/src/host/files.ts
function sha1() {
  return require("node:crypto").createHash("sha1");
}
function tooLarge(bytes) {
  return bytes > MAX_FILE_BYTES ? `is ${(bytes / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` : void 0;
}
function firstInvalidUtf8Line(bytes) {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let nl = bytes.indexOf(10, start), end = nl < 0 ? bytes.length : nl;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return line;
}
function decodeText(bytes) {
  let refused = refusedContent(bytes);
  return refused ? { ok: !1, reason: refused } : (0, import_node_buffer.isUtf8)(bytes) ? { ok: !0, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", startsWithBom(bytes) ? 3 : 0) } : { ok: !0, text: lossyUtf8.decode(bytes), warning: invalidUtf8Warning(bytes) };
}
function utf8Content(bytes) {
  let refused = refusedContent(bytes);
  return refused ? { ok: !1, reason: refused } : (0, import_node_buffer.isUtf8)(bytes) ? { ok: !0, bytes: startsWithBom(bytes) ? bytes.subarray(3) : bytes } : { ok: !0, bytes: Buffer.from(lossyUtf8.decode(bytes)), warning: invalidUtf8Warning(bytes) };
}
function refusedContent(bytes) {
  return tooLarge(bytes.length) ?? (bytes.subarray(0, BINARY_PROBE).includes(0) ? BINARY : void 0);
}
function invalidUtf8Warning(bytes) {
  return `is not valid UTF-8 (line ${firstInvalidUtf8Line(bytes)}); read with U+FFFD in place of the invalid bytes`;
}
function startsWithBom(bytes) {
  return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function unanalysable(text) {
  return (text.length * 3 > MAX_FILE_BYTES ? tooLarge(Buffer.byteLength(text)) : void 0) ?? (text.slice(0, BINARY_PROBE).includes("\0") ? BINARY : void 0);
}
function readRaw(file) {
  readCounts.files++;
  try {
    let st = fs.statSync(file, { throwIfNoEntry: !1 });
    if (!st) return { ok: !1, reason: describeFsError({ code: "ENOENT" }) };
    if (!st.isFile()) return { ok: !1, reason: "is not a regular file" };
    let large = tooLarge(st.size);
    if (large) return { ok: !1, reason: large };
    let bytes = fs.readFileSync(file);
    return { ok: !0, bytes, stamp: lazyStamp(bytes, st.mtimeMs) };
  } catch (e) {
    return { ok: !1, reason: describeFsError(e) };
  }
}
function readText(file) {
  let raw = readRaw(file);
  if (!raw.ok) return raw;
  let decoded = decodeText(raw.bytes);
  return decoded.ok ? { ...decoded, stamp: raw.stamp } : decoded;
}
function readGenerated(file) {
  let raw = readRaw(file);
  if (!raw.ok) return raw;
  let content = utf8Content(raw.bytes);
  return content.ok ? { ...content, raw: raw.bytes, stamp: raw.stamp } : content;
}
function readInChunks(file, stamp, open) {
  return whileStamped(file, stamp, (fd, size) => {
    if (tooLarge(size)) return;
    let hash = sha1(), buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size))), consume, skip = 0, read2 = 0, start = 0, filled = 0;
    for (; ; ) {
      if (start > 0 && (buffer.copy(buffer, 0, start, filled), filled -= start, start = 0), filled === buffer.length) {
        let larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, filled), buffer = larger;
      }
      let n = fs.readSync(fd, buffer, filled, Math.min(buffer.length - filled, size - read2), read2);
      if (n <= 0 && read2 < size) return;
      if (hash.update(buffer.subarray(filled, filled + n)), !consume) {
        if (refusedContent(buffer.subarray(0, n))) return;
        startsWithBom(buffer.subarray(0, n)) && (start = skip = 3), consume = open(size - skip);
      }
      filled += n, read2 += n;
      let last = read2 === size, chunk = buffer.subarray(start, filled), took = consume(chunk, last);
      if (took < 0 || !(0, import_node_buffer.isUtf8)(chunk.subarray(0, took))) return;
      if (start += took, last) break;
    }
    let after = fs.fstatSync(fd);
    if (!(after.size !== stamp.size || after.mtimeMs !== stamp.mtimeMs))
      return { skip, hash: hash.digest("hex") };
  });
}
function whileStamped(file, stamp, read2) {
  readCounts.files++;
  let fd;
  try {
    fd = fs.openSync(file, "r");
    let st = fs.fstatSync(fd);
    return !st.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs ? void 0 : read2(fd, st.size);
  } catch {
    return;
  } finally {
    fd !== void 0 && fs.closeSync(fd);
  }
}
function sampleRanges(size) {
  let middle = size - 2 * SAMPLE_EDGE;
  if (middle <= SAMPLE_BLOCKS * SAMPLE_BLOCK) return [[0, size]];
  let ranges = [[0, SAMPLE_EDGE]], step = (middle - SAMPLE_BLOCK) / (SAMPLE_BLOCKS - 1);
  for (let k = 0; k < SAMPLE_BLOCKS; k++) ranges.push([SAMPLE_EDGE + Math.floor(k * step), SAMPLE_BLOCK]);
  return ranges.push([size - SAMPLE_EDGE, SAMPLE_EDGE]), ranges;
}
function sampleOf(bytes) {
  let hash = sha1();
  for (let [at, n] of sampleRanges(bytes.length)) hash.update(bytes.subarray(at, at + n));
  return hash.digest("hex");
}
function sampledStamp(file) {
  readCounts.files++;
  let fd;
  try {
    fd = fs.openSync(file, "r");
    let st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: !1, reason: "is not a regular file" };
    let large = tooLarge(st.size);
    if (large) return { ok: !1, reason: large };
    let hash = sha1(), ranges = sampleRanges(st.size), block = Buffer.allocUnsafe(Math.max(1, ...ranges.map(([, n]) => n)));
    for (let [at, n] of ranges) hash.update(block.subarray(0, fs.readSync(fd, block, 0, n, at)));
    return { ok: !0, stamp: { size: st.size, mtimeMs: st.mtimeMs, sample: hash.digest("hex") } };
  } catch (e) {
    return { ok: !1, reason: describeFsError(e) };
  } finally {
    fd !== void 0 && fs.closeSync(fd);
  }
}
function* hashSteps(file, stamp) {
  let hash = sha1(), chunk = Buffer.alloc(Math.min(1 << 20, stamp.size));
  for (let at = 0; at < stamp.size; at += chunk.length) {
    let n = whileStamped(file, stamp, (fd) => fs.readSync(fd, chunk, 0, Math.min(chunk.length, stamp.size - at), at));
    if (n === void 0) return;
    hash.update(chunk.subarray(0, n)), yield;
  }
  return hash.digest("hex");
}
function lazyStamp(bytes, mtimeMs) {
  let unhashed = bytes, hash = "";
  return {
    size: bytes.length,
    mtimeMs,
    get hash() {
      return unhashed && (hash = sha1().update(unhashed).digest("hex"), unhashed = void 0), hash;
    }
  };
}
function describeFsError(e) {
  let code2 = e.code;
  switch (code2) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "is a symlink loop";
    default:
      return `cannot be read (${code2 ?? String(e)})`;
  }
}
function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return !1;
  }
}
function isDir(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return !1;
  }
}
function listFiles(dir, exts, onError) {
  let out = [], walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: !0 });
    } catch (e) {
      onError?.(d, describeFsError(e));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (let e of entries) {
      let p = path8.join(d, e.name);
      e.isDirectory() ? SKIP_DIRS.has(e.name) || walk(p) : (e.isFile() || e.isSymbolicLink()) && exts.some((x) => e.name.endsWith(x)) && out.push(p);
    }
  };
  return walk(dir), out;
}
function hasBom(file) {
  try {
    let fd = fs.openSync(file, "r");
    try {
      let head = Buffer.alloc(3);
      return fs.readSync(fd, head, 0, 3, 0) === 3 && head.equals(Buffer.from(BOM));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return !1;
  }
}
function writeText(file, text) {
  fs.writeFileSync(file, hasBom(file) ? BOM + text : text);
}
function writeFileEdits(edits) {
  for (let fe of edits) {
    if (fe.create) {
      fs.mkdirSync(path8.dirname(fe.file), { recursive: !0 }), fs.writeFileSync(fe.file, fe.edits.map((e) => e.newText).join(""));
      continue;
    }
    let r = readText(fe.file);
    if (!r.ok) throw new Error(`${fe.file} ${r.reason}`);
    writeText(fe.file, applyEdits(r.text, fe.edits));
  }
}
function walkOrder(a, b) {
  let x = a.split(path8.sep), y = b.split(path8.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}
function overlayFiles(texts, base = DISK) {
  let under = (dir) => {
    let prefix = dir.endsWith(path8.sep) ? dir : dir + path8.sep;
    return [...texts].filter(([f, t]) => t !== null && f.startsWith(prefix)).map(([f]) => f);
  };
  return {
    read(file) {
      let text = texts.get(file);
      if (text === void 0) return base.read(file);
      if (text === null) return { ok: !1, reason: "does not exist" };
      let refused = unanalysable(text);
      if (refused) return { ok: !1, reason: refused };
      let bytes = Buffer.from(text);
      return { ok: !0, text, stamp: { size: bytes.length, mtimeMs: -1, hash: sha1().update(bytes).digest("hex") } };
    },
    isFile: (p) => texts.has(p) ? texts.get(p) !== null : base.isFile(p),
    isDir: (p) => base.isDir(p) || under(p).length > 0,
    list(dir, exts, onError) {
      let listed = base.isDir(dir) ? base.list(dir, exts, onError).filter((f) => !texts.has(f)) : [], added = under(dir).filter((f) => exts.some((x) => f.endsWith(x)) && !path8.relative(dir, f).split(path8.sep).slice(0, -1).some((d) => SKIP_DIRS.has(d)));
      return [...listed, ...added].sort(walkOrder);
    }
  };
}
var import_node_buffer, fs, path8, MAX_FILE_BYTES, BINARY_PROBE, BINARY, strictUtf8, lossyUtf8, readCounts, CHUNK, SAMPLE_EDGE, SAMPLE_BLOCK, SAMPLE_BLOCKS, SLICE_BLOCK, SLICE_BLOCKS_KEPT, FileSlices, SKIP_DIRS, BOM, DISK, init_files = __esm({
  "server/src/host/files.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer"), fs = __toESM(require("node:fs")), path8 = __toESM(require("node:path"));
    init_text();
    MAX_FILE_BYTES = 48 * 1024 * 1024, BINARY_PROBE = 8192, BINARY = "is binary (contains NUL bytes)", strictUtf8 = new TextDecoder("utf-8", { fatal: !0 }), lossyUtf8 = new TextDecoder("utf-8");
    readCounts = { files: 0 };
    CHUNK = 256 * 1024;
    SAMPLE_EDGE = 64 * 1024, SAMPLE_BLOCK = 4096, SAMPLE_BLOCKS = 32;
    SLICE_BLOCK = 64 * 1024, SLICE_BLOCKS_KEPT = 64, FileSlices = class {
      constructor(file, stamp, skip) {
        this.file = file;
        this.stamp = stamp;
        this.skip = skip;
        this.length = stamp.size - skip;
      }
      file;
      stamp;
      skip;
      length;
      blocks = /* @__PURE__ */ new Map();
      slice(start, end) {
        if (start >= end) return new Uint8Array(0);
        let from = start + this.skip, to = end + this.skip, first = Math.floor(from / SLICE_BLOCK), last = Math.floor((to - 1) / SLICE_BLOCK);
        if (!this.load(first, last)) return;
        if (first === last) return this.blocks.get(first).subarray(from - first * SLICE_BLOCK, to - first * SLICE_BLOCK);
        let out = Buffer.alloc(to - from);
        for (let b = first; b <= last; b++) {
          let block = this.blocks.get(b), lo = Math.max(from, b * SLICE_BLOCK), hi = Math.min(to, b * SLICE_BLOCK + block.length);
          block.copy(out, lo - from, lo - b * SLICE_BLOCK, hi - b * SLICE_BLOCK);
        }
        return out;
      }
      /** Reads the blocks `[first, last]` not kept; false when the file changed since it was stamped (or cannot be read). */
      load(first, last) {
        let missing = [];
        for (let b = first; b <= last; b++) this.blocks.has(b) || missing.push(b);
        if (!missing.length) return !0;
        if (!whileStamped(this.file, this.stamp, (fd) => {
          for (let b of missing) {
            let block = Buffer.alloc(Math.min(SLICE_BLOCK, this.stamp.size - b * SLICE_BLOCK));
            if (fs.readSync(fd, block, 0, block.length, b * SLICE_BLOCK) !== block.length) return !1;
            this.blocks.set(b, block);
          }
          return !0;
        })) return !1;
        for (let b of this.blocks.keys()) {
          if (this.blocks.size <= SLICE_BLOCKS_KEPT) break;
          (b < first || b > last) && this.blocks.delete(b);
        }
        return !0;
      }
    };
    SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".cache", ".tmp_versions"]);
    BOM = "\uFEFF";
    DISK = { read: readText, isFile, isDir, list: listFiles };
  }
});

// server/src/host/memory.ts
function collectGarbage(type = "major") {
  if (gc === void 0)
    try {
      v8.setFlagsFromString("--expose-gc");
      let exposed = vm.runInNewContext("gc");
      gc = typeof exposed == "function" ? exposed : null;
    } catch {
      gc = null;
    }
  type === "minor" ? gc?.({ type }) : gc?.();
}
var v8, vm, gc, init_memory = __esm({
  "server/src/host/memory.ts"() {
    "use strict";
    v8 = __toESM(require("node:v8")), vm = __toESM(require("node:vm"));
  }
});

// server/src/host/headerLookup.ts
function headerFiles(tree) {
  return {
    read: (f) => {
      let r = tree.read(f);
      return r.ok ? r.text : void 0;
    },
    isDir: tree.isDir,
    list: (d) => tree.list(d, [".h"])
  };
}
function includeDirs(model, files = DISK_FILES) {
  let arch = buildArch(model, files), rels = [
    ...arch ? [`arch/${arch}/include`, `arch/${arch}/include/generated`] : [],
    "include",
    ...arch ? [`arch/${arch}/include/uapi`, `arch/${arch}/include/generated/uapi`] : [],
    "include/uapi",
    "include/generated/uapi"
  ], dirs = [];
  for (let rel2 of rels)
    for (let base of [model.srctree, model.objtree]) {
      let d = path9.join(base, rel2);
      dirs.includes(d) || dirs.push(d);
    }
  return dirs;
}
function buildArch(model, files = DISK_FILES) {
  return [...model.arches].sort((a, b) => +(b === "x86_64") - +(a === "x86_64")).map(kernelArchName).find((d) => files.isDir(path9.join(model.srctree, "arch", d, "include")));
}
function headersRead(lookup) {
  return lookup instanceof IncludeClosureLookup ? lookup.reading ?? Promise.resolve() : Promise.resolve();
}
var path9, DISK_FILES, FORCED_INCLUDES, MAX_SCANNED_HEADER, READ_BATCH, GC_EVERY_HEADERS, IncludeClosureLookup, init_headerLookup = __esm({
  "server/src/host/headerLookup.ts"() {
    "use strict";
    path9 = __toESM(require("node:path"));
    init_memory();
    init_archTable();
    init_headers();
    init_headerScan();
    init_text();
    init_tree();
    init_files();
    DISK_FILES = headerFiles(DISK), FORCED_INCLUDES = ["include/linux/kconfig.h", "include/linux/compiler_types.h"], MAX_SCANNED_HEADER = 4 * 1024 * 1024, READ_BATCH = 16, GC_EVERY_HEADERS = 8;
    IncludeClosureLookup = class {
      constructor(model, helperFiles2, files = DISK_FILES) {
        this.model = model;
        this.helperFiles = helperFiles2;
        this.files = files;
        this.dirs = includeDirs(model, files).filter((d) => files.isDir(d));
      }
      model;
      helperFiles;
      files;
      texts = /* @__PURE__ */ new Map();
      /** The declarations of the headers read for a lookup (those that declare a name asked for). */
      scans = /* @__PURE__ */ new Map();
      /** The names each header parsed so far declares. */
      names = /* @__PURE__ */ new Map();
      /**
       * Which headers declare each name (indexes into `indexOrder`), once the background has read
       * them all (`indexSteps`): then a lookup parses only the headers that declare the name.
       */
      declaredIn;
      indexOrder = [];
      results = /* @__PURE__ */ new Map();
      typedefResults = /* @__PURE__ */ new Map();
      closureTypedefs;
      archTypedefs;
      archFiles;
      /** The first header found including each header, for `includeVia`. */
      includedBy = /* @__PURE__ */ new Map();
      /** Where each system include's name was found in the include paths. */
      resolved = /* @__PURE__ */ new Map();
      dirs;
      closure;
      /** The include walk under way, taken a step at a time by work ahead of requests, or at once by a lookup. */
      closureWalk;
      others;
      /** Set by `startBackground`: the headers outside the closure are read in the background, not on a miss. */
      background = !1;
      /** Whether every header outside the closure has been read (always true when not in the background). */
      othersRead = !1;
      /** Whether `find` answered a miss from the closure alone while they were being read. */
      missedWhileReading = !1;
      /** See `provisional`. */
      provisionalAnswers = 0;
      /** Settles when the background read of the other headers has ended (see `startBackground`). */
      reading;
      readDone;
      get complete() {
        return this.allRead || this.provisionalAnswers++, this.allRead;
      }
      /** `complete`, uncounted. */
      get allRead() {
        return !this.background || this.othersRead;
      }
      get provisional() {
        return this.provisionalAnswers;
      }
      find(name, complete = !1) {
        let found = this.results.get(name);
        if (found) return found;
        let closure = this.ensureClosure();
        if (this.declaredIn) {
          let declaring = (this.declaredIn.get(name) ?? []).map((i) => this.indexOrder[i]);
          return found = this.search(declaring.filter((f) => closure.all.has(f)), name, closure.fromBindingsHelper), found.length || (found = this.search(declaring.filter((f) => !closure.all.has(f)), name, closure.fromBindingsHelper)), this.results.set(name, found), found;
        }
        if (found = this.search(closure.headers, name, closure.fromBindingsHelper), !found.length) {
          if (!this.allRead && !complete)
            return this.missedWhileReading = !0, this.provisionalAnswers++, found;
          found = this.search(this.otherHeaders(closure), name, closure.fromBindingsHelper);
        }
        return this.results.set(name, found), found;
      }
      typedefs(name, now = !1) {
        if (!this.allRead && !now && !this.typedefResults.has(name)) {
          this.missedWhileReading = !0, this.provisionalAnswers++;
          return;
        }
        let found = this.typedefResults.get(name);
        if (!found) {
          if (this.closureTypedefs ??= this.typedefsOf(this.ensureClosure().headers), found = [...this.closureTypedefs.get(name) ?? []], found.some((d) => isPerArchHeader(d.path))) {
            this.archTypedefs ??= this.typedefsOf(this.archHeaders());
            for (let d of this.archTypedefs.get(name) ?? [])
              found.some((f) => f.file === d.file && f.line === d.line) || found.push(d);
          }
          this.typedefResults.set(name, found);
        }
        return found;
      }
      /**
       * Every typedef of these headers by name, scanned once: a lookup per name through `mentions`
       * cost milliseconds each over the corpus' 700 headers, the scan of all of them ~50 ms.
       */
      typedefsOf(files) {
        let byName = /* @__PURE__ */ new Map();
        return this.addTypedefs(files, byName), byName;
      }
      addTypedefs(files, byName) {
        for (let file of files) {
          let text = this.text(file);
          if (!(text === void 0 || !text.includes("typedef")))
            for (let d of scanTypedefs(text)) {
              let decl = { ...d, file, path: this.treePath(file) }, list = byName.get(d.name);
              list ? list.push(decl) : byName.set(d.name, [decl]);
            }
        }
      }
      /** The headers under `arch/<dir>/include` of every arch of the tree, in srctree and objtree. */
      archHeaders() {
        if (!this.archFiles) {
          let dirs = [...new Set(this.model.arches.map(kernelArchName))].flatMap((a) => [this.model.srctree, this.model.objtree].map((base) => path9.join(base, "arch", a, "include")));
          this.archFiles = [...new Set([...new Set(dirs)].filter((d) => this.files.isDir(d)).flatMap((d) => this.files.list(d)))];
        }
        return this.archFiles;
      }
      /** `arch/x86/include/asm/tsc.h`: relative to srctree, or objtree for a generated header. */
      treePath(file) {
        for (let root of [this.model.srctree, this.model.objtree]) {
          let rel2 = path9.relative(root, file);
          if (!rel2.startsWith("..") && !path9.isAbsolute(rel2)) return rel2.split(path9.sep).join("/");
        }
        return file;
      }
      /**
       * For a long-lived process: from now on a name the include closure does not declare is
       * answered from the closure alone (`complete` false) until `readSteps` has read the other
       * headers, so that no keystroke waits for the whole include tree.
       */
      startBackground() {
        this.background || this.others || (this.background = !0, this.reading = new Promise((resolve10) => this.readDone = resolve10));
      }
      /**
       * Reads the headers outside the closure and those of the tree's arches, and indexes their
       * typedefs, a batch per step (the closure first, if no request has walked it yet). Returns
       * whether some answer given meanwhile may now be different.
       */
      *readSteps() {
        let closure = yield* this.closureSteps(), others = this.otherHeaders(closure), archHeaders = this.archHeaders();
        yield;
        let toRead = [.../* @__PURE__ */ new Set([...others, ...archHeaders])];
        for (let i = 0; i < toRead.length; i += READ_BATCH) {
          for (let f of toRead.slice(i, i + READ_BATCH)) this.text(f);
          yield;
        }
        let closureTypedefs = /* @__PURE__ */ new Map(), archTypedefs = /* @__PURE__ */ new Map();
        for (let [files, into] of [[closure.headers, closureTypedefs], [archHeaders, archTypedefs]])
          for (let i = 0; i < files.length; i += READ_BATCH)
            this.addTypedefs(files.slice(i, i + READ_BATCH), into), yield;
        this.closureTypedefs ??= closureTypedefs, this.archTypedefs ??= archTypedefs;
        let changed = this.background && !this.othersRead && this.missedWhileReading;
        return this.othersRead = !0, this.readDone?.(changed), changed;
      }
      /**
       * Indexes which header declares which name, one header parsed per step, the closure first,
       * then the others (once `readSteps` has read them). A name being typed (`bindings::m`) is
       * mentioned by hundreds of headers, and parsing those on the keystroke froze the server for
       * seconds; with the index, a lookup parses only the few that declare the name, and the
       * declarations of every header are not kept (they were ~80 MB on the corpus).
       */
      *indexSteps() {
        let closure = yield* this.closureSteps(), order = [...closure.headers, ...this.otherHeaders(closure)], declaredIn = /* @__PURE__ */ new Map();
        for (let i = 0; i < order.length; i++) {
          let text = this.text(order[i]);
          if (text !== void 0) {
            for (let name of this.namesOf(order[i], text)) {
              let list = declaredIn.get(name);
              list ? list[list.length - 1] !== i && list.push(i) : declaredIn.set(name, [i]);
            }
            (i + 1) % GC_EVERY_HEADERS === 0 && collectGarbage("minor"), yield;
          }
        }
        this.indexOrder = order, this.declaredIn = declaredIn;
      }
      /**
       * What `find` will need for `names`, one step at a time: the include closure, then each
       * header of it that mentions one of them, parsed.
       */
      *prepare(names) {
        let todo = [...names].filter((n) => !this.results.has(n));
        if (!todo.length) return;
        let closure = yield* this.closureSteps();
        for (let name of todo) {
          for (let f of closure.headers) {
            let text = this.text(f);
            text === void 0 || this.names.has(f) || !mentions(text, name) || (this.namesOf(f, text), yield);
          }
          this.find(name), yield;
        }
      }
      otherHeaders(closure) {
        return this.others ??= [...new Set(this.dirs.flatMap((d) => this.files.list(d)))].filter((f) => !closure.all.has(f)), this.others;
      }
      search(files, name, reachable) {
        let out = [];
        for (let file of files) {
          let text = this.text(file);
          if (!(text === void 0 || !mentions(text, name) || !this.namesOf(file, text).has(name)))
            for (let d of this.scanned(file, text)) d.name === name && out.push({ ...d, includeVia: this.includeVia(file), reachable: reachable.has(file) });
        }
        return out;
      }
      /** The names a header declares (from its declarations when they are read, else from a lighter pass, kept). */
      namesOf(file, text) {
        let names = this.names.get(file);
        if (!names) {
          let scanned = this.scans.get(file);
          names = scanned ? new Set(scanned.map((d) => d.name)) : declaredNames(text), this.names.set(file, names);
        }
        return names;
      }
      scanned(file, text) {
        let scanned = this.scans.get(file);
        return scanned || (scanned = text.length > MAX_SCANNED_HEADER ? [] : scanHeader(file, this.includeName(file), text), this.scans.set(file, scanned)), scanned;
      }
      text(file) {
        return this.texts.has(file) || this.texts.set(file, this.files.read(file)), this.texts.get(file);
      }
      /** `include/linux/mutex.h` → `linux/mutex.h`: the path as an `#include <…>` names it. */
      includeName(file) {
        let best;
        for (let d of this.dirs) {
          let rel2 = path9.relative(d, file);
          !rel2.startsWith("..") && !path9.isAbsolute(rel2) && (best === void 0 || rel2.length < best.length) && (best = rel2);
        }
        return (best ?? path9.relative(this.model.srctree, file)).split(path9.sep).join("/");
      }
      /**
       * Walks up from arch headers (`asm/`, `asm-generic/`) and from `linux/D/F.h` included by
       * `linux/D.h` to the header C code is meant to include; they are rarely self-contained.
       */
      includeVia(file) {
        let cur = file;
        for (let i = 0; i < 16; i++) {
          let name = this.includeName(cur), parent2 = this.includedBy.get(cur);
          if (!parent2) return name;
          let parentName = this.includeName(parent2);
          if (!(/^(asm|asm-generic|generated)\//.test(name) || /^linux\/[^/]+\/[^/]+\.h$/.test(name) && parentName === `${name.split("/").slice(0, 2).join("/")}.h`) || parent2.endsWith(".c")) return name;
          cur = parent2;
        }
        return this.includeName(cur);
      }
      /**
       * The header `#include <name>` (or `"name"` in `from`) reaches. A system include is resolved
       * once per name: the closure's ~2,600 includes name ~700 headers.
       */
      resolve(name, system, from) {
        if (!system) {
          let local = path9.join(path9.dirname(from), name);
          if (this.text(local) !== void 0) return local;
        }
        if (this.resolved.has(name)) return this.resolved.get(name);
        let plain = /^(?:[\w+-][\w.+-]*\/)*[\w+-][\w.+-]*$/.test(name), found = this.dirs.map((d) => plain ? `${d}${path9.sep}${name}` : path9.join(d, name)).find((c) => this.text(c) !== void 0);
        return this.resolved.set(name, found), found;
      }
      /** Breadth first from `roots`, a step per READ_BATCH headers (each step reads what they include). */
      *walk(roots, seen, order) {
        let queue = roots.filter((r) => this.text(r) !== void 0 && !seen.has(r));
        for (let r of queue) seen.add(r);
        for (let next = 0; next < queue.length; next++) {
          let file = queue[next];
          order.push(file);
          for (let inc of parseIncludes(this.text(file))) {
            let target = this.resolve(inc.name, inc.system, file);
            target && !seen.has(target) && (seen.add(target), this.includedBy.set(target, file), queue.push(target));
          }
          (next + 1) % READ_BATCH === 0 && (yield);
        }
      }
      *walkClosure() {
        let forced = FORCED_INCLUDES.map((f) => path9.join(this.model.srctree, f)), seen = /* @__PURE__ */ new Set(), order = [];
        yield* this.walk([path9.join(this.model.srctree, BINDINGS_HELPER_H), ...forced], seen, order);
        let fromBindingsHelper = new Set(order);
        return yield* this.walk(this.helperFiles, seen, order), { headers: order.filter((f) => f.endsWith(".h")), all: seen, fromBindingsHelper };
      }
      /** The include closure, walked a step at a time (a lookup meanwhile finishes the walk itself). */
      *closureSteps() {
        for (this.closureWalk ??= this.walkClosure(); !this.closure; ) {
          let r = this.closureWalk.next();
          r.done ? this.closure = r.value : yield;
        }
        return this.closure;
      }
      ensureClosure() {
        if (!this.closure) for (let _ of this.closureSteps()) ;
        return this.closure;
      }
    };
  }
});

// server/src/core/c/compilerMacros.ts
function charUnsigned(archDir, funsignedChar) {
  return funsignedChar ? !0 : archDir && archDir in ARCH ? UNSIGNED_CHAR_ABI.has(archDir) : void 0;
}
function predefinedMacros(archDir, funsignedChar) {
  let arch = archDir ? ARCH[archDir] : void 0, char = charUnsigned(archDir, funsignedChar) ? { __CHAR_UNSIGNED__: "1" } : {};
  return new Map(Object.entries({ ...COMMON, ...LP64, ...arch, ...char }));
}
function maybeCompilerMacro(archDir) {
  let archKnown = archDir !== void 0 && archDir in ARCH;
  return (name) => (/^__[A-Z0-9_]+__$/.test(name) || /^__clang_\w+__$/.test(name)) && !UNDEFINED.has(name) && !KEYWORDS.has(name) || !archKnown && ARCH_NAMES.has(name);
}
function surelyUndefined(archDir, funsignedChar) {
  let signedChar = charUnsigned(archDir, funsignedChar) === !1;
  return (name) => UNDEFINED.has(name) || signedChar && name === "__CHAR_UNSIGNED__";
}
var COMMON, LP64, ARCH, UNDEFINED, ARCH_NAMES, UNSIGNED_CHAR_ABI, KEYWORDS, init_compilerMacros = __esm({
  "server/src/core/c/compilerMacros.ts"() {
    "use strict";
    COMMON = {
      __KERNEL__: "1",
      MODULE: "1",
      __BINDGEN__: "1",
      __clang__: "1",
      __GNUC__: "4",
      __GNUC_MINOR__: "2",
      __GNUC_PATCHLEVEL__: "1",
      __STDC__: "1",
      __STDC_VERSION__: "201112L",
      __OPTIMIZE__: "1",
      __CHAR_BIT__: "8",
      __ELF__: "1",
      __linux__: "1",
      __linux: "1",
      __gnu_linux__: "1",
      __unix__: "1",
      __unix: "1",
      __ORDER_LITTLE_ENDIAN__: "1234",
      __ORDER_BIG_ENDIAN__: "4321",
      __ORDER_PDP_ENDIAN__: "3412",
      __SIZEOF_INT__: "4",
      __SIZEOF_SHORT__: "2",
      __SIZEOF_LONG_LONG__: "8",
      __SIZEOF_FLOAT__: "4",
      __SIZEOF_DOUBLE__: "8",
      __SIZEOF_WCHAR_T__: "2",
      __SCHAR_MAX__: "127",
      __SHRT_MAX__: "32767",
      __INT_MAX__: "2147483647",
      __LONG_LONG_MAX__: "9223372036854775807LL"
    }, LP64 = {
      __LP64__: "1",
      _LP64: "1",
      __SIZEOF_LONG__: "8",
      __SIZEOF_POINTER__: "8",
      __SIZEOF_SIZE_T__: "8",
      __SIZEOF_PTRDIFF_T__: "8",
      __SIZEOF_INT128__: "16",
      __LONG_MAX__: "9223372036854775807L",
      __BYTE_ORDER__: "__ORDER_LITTLE_ENDIAN__",
      __LITTLE_ENDIAN__: "1"
    }, ARCH = {
      x86: { ...LP64, __x86_64__: "1", __x86_64: "1", __amd64__: "1", __amd64: "1" },
      um: { ...LP64, __x86_64__: "1", __x86_64: "1", __amd64__: "1", __amd64: "1" },
      arm64: { ...LP64, __aarch64__: "1", __AARCH64EL__: "1" },
      riscv: { ...LP64, __riscv: "1", __riscv_xlen: "64" },
      loongarch: { ...LP64, __loongarch__: "1", __loongarch64: "1", __loongarch_grlen: "64" }
    }, UNDEFINED = /* @__PURE__ */ new Set([
      "__ASSEMBLY__",
      "__CHECKER__",
      "__GENKSYMS__",
      "__cplusplus",
      "__OBJC__",
      "__NO_INLINE__",
      "__STRICT_ANSI__",
      "__KERNEL_STRICT_NAMES",
      "__DISABLE_EXPORTS",
      "BUILD_VDSO",
      "BUILD_VDSO32",
      "BUILD_VDSO64",
      "__BPF_TRACING__",
      "__OPTIMIZE_SIZE__",
      "__BIG_ENDIAN__",
      "__i386__",
      "__ILP32__"
    ]), ARCH_NAMES = /* @__PURE__ */ new Set([
      ...Object.values(ARCH).flatMap((a) => Object.keys(a).filter((k) => !(k in LP64))),
      "__arm__",
      "__i386__",
      "__powerpc__",
      "__powerpc64__",
      "__s390__",
      "__s390x__",
      "__mips__",
      "__sparc__"
    ]), UNSIGNED_CHAR_ABI = /* @__PURE__ */ new Set(["arm64", "riscv"]);
    KEYWORDS = /* @__PURE__ */ new Set([
      "__attribute__",
      "__typeof__",
      "__asm__",
      "__inline__",
      "__volatile__",
      "__const__",
      "__restrict__",
      "__signed__",
      "__extension__",
      "__alignof__",
      "__label__",
      "__real__",
      "__imag__",
      "__complex__",
      "__int128",
      "__auto_type",
      "__builtin_va_list",
      "__func__",
      "__FUNCTION__",
      "__PRETTY_FUNCTION__",
      "__has_attribute",
      "__has_builtin",
      "__has_feature",
      "__has_extension",
      "__has_include",
      "__has_include_next",
      "__has_c_attribute",
      "__has_cpp_attribute",
      "__has_declspec_attribute",
      "__has_warning",
      "__is_identifier"
    ]);
  }
});

// server/src/core/c/constExpr.ts
function normalize(v, bits, unsigned) {
  let width = BigInt(bits);
  return unsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(Number(width), v);
}
function make(v, unsigned, bits) {
  return { v: normalize(v, bits, unsigned), unsigned, bits };
}
function parseIntLiteral(text) {
  let m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text);
  if (!m) return;
  let digits = m[1], suffix = m[2].toLowerCase();
  if (!/^(u?l{0,2}|l{1,2}u)$/.test(suffix)) return;
  let v = /^0[0-7]+$/.test(digits) ? BigInt("0o" + digits.slice(1)) : BigInt(digits), decimal = /^[1-9]/.test(digits) || digits === "0", u = suffix.includes("u"), l = suffix.includes("l"), candidates = [];
  l || (u || candidates.push([!1, 32]), (u || !decimal) && candidates.push([!0, 32])), u || candidates.push([!1, 64]), (u || !decimal) && candidates.push([!0, 64]);
  for (let [unsigned, bits] of candidates) {
    let max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
    if (v <= max) return { v, unsigned, bits };
  }
}
function literalBytes(text) {
  let m = /^(["'])([\s\S]*)\1$/.exec(text);
  if (!m) return;
  let s = m[2], out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 127) return;
    if (c !== 92) {
      out.push(c);
      continue;
    }
    let e = s[++i];
    if (e === "x") {
      let hex2 = /^[0-9a-fA-F]+/.exec(s.slice(i + 1))?.[0];
      if (!hex2) return;
      out.push(parseInt(hex2, 16) & 255), i += hex2.length;
    } else if (e >= "0" && e <= "7") {
      let oct = /^[0-7]{1,3}/.exec(s.slice(i))[0];
      out.push(parseInt(oct, 8) & 255), i += oct.length - 1;
    } else if (e in ESCAPES)
      out.push(ESCAPES[e]);
    else
      return;
  }
  return out;
}
function isInt(v) {
  return typeof v == "object" && "v" in v;
}
function common(a, b) {
  return a.bits === b.bits ? { bits: a.bits, unsigned: a.unsigned || b.unsigned } : a.bits > b.bits ? { bits: a.bits, unsigned: a.unsigned } : { bits: b.bits, unsigned: b.unsigned };
}
function evaluate(tokens, env) {
  return tokens.length ? new Evaluator(tokens, env).run() : { kind: "invalid" };
}
var INT, ESCAPES, Evaluator, init_constExpr = __esm({
  "server/src/core/c/constExpr.ts"() {
    "use strict";
    INT = { unsigned: !1, bits: 32 };
    ESCAPES = { n: 10, t: 9, r: 13, 0: 0, a: 7, b: 8, f: 12, v: 11, e: 27, "\\": 92, "'": 39, '"': 34, "?": 63 };
    Evaluator = class _Evaluator {
      constructor(t, env) {
        this.t = t;
        this.env = env;
      }
      t;
      env;
      i = 0;
      run() {
        let v = this.comma();
        return this.i < this.t.length ? { kind: "invalid" } : v === "unknown" || v === "invalid" ? { kind: v } : "bytes" in v ? { kind: "string", bytes: v.bytes } : "char" in v ? { kind: "char", value: v.char } : { kind: "value", value: v };
      }
      peek() {
        return this.t[this.i]?.text;
      }
      eat(s) {
        return this.peek() !== s ? !1 : (this.i++, !0);
      }
      comma() {
        let v = this.ternary();
        for (; !this.env.cexpr && this.eat(","); ) v = this.ternary();
        return v;
      }
      ternary() {
        let c = this.binary(0);
        if (this.env.cexpr || this.peek() !== "?") return c;
        this.i++;
        let a = this.comma();
        if (!this.eat(":")) return "invalid";
        let b = this.ternary(), cv = this.int(c);
        return cv === "invalid" || a === "invalid" || b === "invalid" ? "invalid" : cv === "unknown" ? isInt(a) && isInt(b) && a.v === b.v ? a : "unknown" : cv.v !== 0n ? a : b;
      }
      static LEVELS = [
        ["||"],
        ["&&"],
        ["|"],
        ["^"],
        ["&"],
        ["==", "!="],
        ["<", "<=", ">", ">="],
        ["<<", ">>"],
        ["+", "-"],
        ["*", "/", "%"]
      ];
      static CEXPR_OPS = /* @__PURE__ */ new Set(["|", "^", "&", "<<", ">>", "+", "-", "*", "/", "%"]);
      binary(level) {
        if (level >= _Evaluator.LEVELS.length) return this.unary();
        let left = this.binary(level + 1);
        for (; ; ) {
          let op = this.peek();
          if (!op || !_Evaluator.LEVELS[level].includes(op)) return left;
          if (this.env.cexpr && !_Evaluator.CEXPR_OPS.has(op)) return "invalid";
          if (this.i++, op === "&&" || op === "||") {
            let l = this.int(left), right = this.binary(level + 1), r = this.int(right);
            if (l === "invalid" || r === "invalid") return "invalid";
            let short = op === "&&" ? 0n : 1n;
            l !== "unknown" && (l.v !== 0n ? 1n : 0n) === short || r !== "unknown" && (r.v !== 0n ? 1n : 0n) === short ? left = make(short, !1, 32) : l === "unknown" || r === "unknown" ? left = "unknown" : left = make(1n - short, !1, 32);
            continue;
          }
          left = this.apply(op, left, this.binary(level + 1));
        }
      }
      int(v) {
        return v === "unknown" || v === "invalid" ? v : "bytes" in v ? "invalid" : "char" in v ? make(BigInt(v.char), !1, 32) : v;
      }
      apply(op, a, b) {
        if (this.env.cexpr) return this.applyCexpr(op, a, b);
        let x = this.int(a), y = this.int(b);
        if (x === "invalid" || y === "invalid") return "invalid";
        if (x === "unknown" || y === "unknown") return "unknown";
        if (op === "<<" || op === ">>") {
          let n = y.v;
          return n < 0n || n >= BigInt(x.bits) ? "invalid" : make(op === "<<" ? x.v << n : x.v >> n, x.unsigned, x.bits);
        }
        let ty = common(x, y), l = normalize(x.v, ty.bits, ty.unsigned), r = normalize(y.v, ty.bits, ty.unsigned), cmp = (c) => make(c ? 1n : 0n, INT.unsigned, INT.bits);
        switch (op) {
          case "+":
            return make(l + r, ty.unsigned, ty.bits);
          case "-":
            return make(l - r, ty.unsigned, ty.bits);
          case "*":
            return make(l * r, ty.unsigned, ty.bits);
          case "/":
            return r === 0n ? "invalid" : make(l / r, ty.unsigned, ty.bits);
          case "%":
            return r === 0n ? "invalid" : make(l % r, ty.unsigned, ty.bits);
          case "&":
            return make(l & r, ty.unsigned, ty.bits);
          case "|":
            return make(l | r, ty.unsigned, ty.bits);
          case "^":
            return make(l ^ r, ty.unsigned, ty.bits);
          case "==":
            return cmp(l === r);
          case "!=":
            return cmp(l !== r);
          case "<":
            return cmp(l < r);
          case "<=":
            return cmp(l <= r);
          case ">":
            return cmp(l > r);
          case ">=":
            return cmp(l >= r);
          default:
            return "invalid";
        }
      }
      /** cexpr computes in wrapping i64 and concatenates strings. */
      applyCexpr(op, a, b) {
        if (a === "invalid" || b === "invalid") return "invalid";
        if (a === "unknown" || b === "unknown") return "unknown";
        if (!isInt(a) || !isInt(b)) return "invalid";
        let l = a.v, r = b.v, w = (v) => make(v, !1, 64);
        switch (op) {
          case "+":
            return w(l + r);
          case "-":
            return w(l - r);
          case "*":
            return w(l * r);
          case "/":
            return r === 0n ? "invalid" : w(l / r);
          case "%":
            return r === 0n ? "invalid" : w(l % r);
          case "&":
            return w(l & r);
          case "|":
            return w(l | r);
          case "^":
            return w(l ^ r);
          case "<<":
            return r < 0n || r >= 64n ? "invalid" : w(l << r);
          case ">>":
            return r < 0n || r >= 64n ? "invalid" : w(l >> r);
          default:
            return "invalid";
        }
      }
      unary() {
        let op = this.peek();
        if (op === "+" || op === "-" || op === "~" || op === "!") {
          if (this.env.cexpr && op === "!") return "invalid";
          this.i++;
          let v = this.int(this.unary());
          if (v === "unknown" || v === "invalid") return v;
          if (this.env.cexpr) {
            let x = v.v;
            return make(op === "-" ? -x : op === "~" ? ~x : x, !1, 64);
          }
          switch (op) {
            case "+":
              return v;
            case "-":
              return make(-v.v, v.unsigned, v.bits);
            case "~":
              return make(~v.v, v.unsigned, v.bits);
            default:
              return make(v.v === 0n ? 1n : 0n, !1, 32);
          }
        }
        if (op === "sizeof") return this.sizeof();
        if (op === "(" && !this.env.cexpr) {
          let cast = this.castType();
          if (cast === "invalid" || cast === "unknown") return cast;
          if (cast) {
            let v = this.int(this.unary());
            if (v === "unknown" || v === "invalid") return v;
            if (cast.bool) return make(v.v !== 0n ? 1n : 0n, !1, 32);
            let narrowed = normalize(v.v, cast.bits, cast.unsigned);
            return cast.bits < 32 ? make(narrowed, !1, 32) : make(narrowed, cast.unsigned, cast.bits);
          }
        }
        return this.primary();
      }
      /** `(type)` at the cursor: its integer type (cursor moved past it), or undefined when not a cast. */
      castType() {
        let close = this.closing(this.i);
        if (close < 0 || !this.env.typeName) return;
        let inner = this.t.slice(this.i + 1, close);
        if (!inner.length || inner.some((t) => t.kind === "number" || t.kind === "string" || t.kind === "punct" && t.text !== "*")) return;
        let ty = this.env.typeName(inner);
        if (ty !== null)
          return this.i = close + 1, ty === void 0 ? "unknown" : ty === "pointer" ? "invalid" : ty;
      }
      closing(open) {
        let depth = 0;
        for (let j = open; j < this.t.length; j++)
          if (this.t[j].text === "(") depth++;
          else if (this.t[j].text === ")" && --depth === 0) return j;
        return -1;
      }
      sizeof() {
        if (this.env.cexpr) return "invalid";
        if (this.i++, this.peek() !== "(") return "unknown";
        let close = this.closing(this.i);
        if (close < 0) return "invalid";
        let inner = this.t.slice(this.i + 1, close);
        this.i = close + 1;
        let ty = this.env.typeName?.(inner);
        if (ty === "pointer") return make(8n, !0, 64);
        if (ty) return make(BigInt(ty.bits / 8), !0, 64);
        let size = this.env.sizeOf?.(inner);
        return size === void 0 ? "unknown" : make(size, !0, 64);
      }
      primary() {
        let t = this.t[this.i];
        if (!t) return "invalid";
        if (t.text === "(") {
          this.i++;
          let v = this.comma();
          return this.eat(")") ? v : "invalid";
        }
        switch (this.i++, t.kind) {
          case "number": {
            let v = parseIntLiteral(t.text);
            return v ? this.env.cexpr ? make(v.v, !1, 64) : v : "invalid";
          }
          case "char": {
            let bytes = literalBytes(t.text);
            return bytes?.length === 1 ? { char: bytes[0] } : "invalid";
          }
          case "string": {
            if (!this.env.cexpr) return "invalid";
            let bytes = literalBytes(t.text);
            return bytes ? this.concatenated(bytes) : "invalid";
          }
          case "ident": {
            let v = this.env.identifier(t.text);
            return v === void 0 ? "unknown" : v === null ? "invalid" : "bytes" in v && this.env.cexpr ? this.concatenated(v.bytes) : v;
          }
          default:
            return "invalid";
        }
      }
      /** A string, with the adjacent strings (and macros that are strings) that follow it concatenated. */
      concatenated(first) {
        let bytes = first;
        for (; this.t[this.i]?.kind === "string" || this.t[this.i]?.kind === "ident"; ) {
          let next = this.t[this.i], more = next.kind === "string" ? literalBytes(next.text) : this.stringOf(next.text);
          if (more === "unknown") return "unknown";
          if (!more) break;
          bytes = [...bytes, ...more], this.i++;
        }
        return { bytes };
      }
      stringOf(name) {
        let v = this.env.identifier(name);
        return v === void 0 ? "unknown" : v && "bytes" in v ? v.bytes : void 0;
      }
    };
  }
});

// server/src/core/c/lex.ts
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function literalEnd(text, i) {
  let quote = text.charCodeAt(i), j = i + 1;
  for (; j < text.length; ) {
    let c = text.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) return j;
    c === 92 && j++, j++;
  }
  return text.length;
}
function commentEnd(text, i) {
  if (text.charCodeAt(i) !== 47) return -1;
  let next = text.charCodeAt(i + 1);
  if (next === 42) {
    let close = text.indexOf("*/", i + 2);
    return close < 0 ? text.length : close + 2;
  }
  if (next !== 47) return -1;
  let end = i;
  for (; ; ) {
    let nl = text.indexOf(`
`, end);
    if (nl < 0) return text.length;
    let j = nl - 1;
    if (text.charCodeAt(j) === 13 && j--, text.charCodeAt(j) !== 92) return nl;
    end = nl + 1;
  }
}
function tokenize2(text, from = 0, to = text.length, out = []) {
  let i = from;
  for (; i < to; ) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 92) {
      i++;
      continue;
    }
    if (c === 47) {
      let end = commentEnd(text, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    let start = i;
    if (isIdentStart(c)) {
      for (i++; i < to && isIdentPart(text.charCodeAt(i)); ) i++;
      let q = text.charCodeAt(i);
      if ((q === 34 || q === 39) && /^(?:L|u|U|u8)$/.test(text.slice(start, i))) {
        i = Math.min(literalEnd(text, i), to), out.push({ kind: q === 34 ? "string" : "char", text: text.slice(start, i), offset: start });
        continue;
      }
      out.push({ kind: "ident", text: text.slice(start, i), offset: start });
      continue;
    }
    if (isDigit(c) || c === 46 && isDigit(text.charCodeAt(i + 1))) {
      for (i++; i < to; ) {
        let d = text.charCodeAt(i);
        if ((d === 43 || d === 45) && /[eEpP]/.test(text[i - 1])) i++;
        else if (isIdentPart(d) || d === 46) i++;
        else break;
      }
      out.push({ kind: "number", text: text.slice(start, i), offset: start });
      continue;
    }
    if (c === 34 || c === 39) {
      i = Math.min(literalEnd(text, i), to), out.push({ kind: c === 34 ? "string" : "char", text: text.slice(start, i), offset: start });
      continue;
    }
    let p = PUNCTUATOR_STARTS.has(c) ? PUNCTUATORS.find((s) => text.startsWith(s, i)) : void 0;
    i += p ? p.length : 1, out.push({ kind: "punct", text: text.slice(start, i), offset: start });
  }
  return out;
}
function synthetic(kind, text) {
  return { kind, text, offset: -1 };
}
var PUNCTUATORS, PUNCTUATOR_STARTS, init_lex = __esm({
  "server/src/core/c/lex.ts"() {
    "use strict";
    PUNCTUATORS = [
      "...",
      "<<=",
      ">>=",
      "->",
      "++",
      "--",
      "<<",
      ">>",
      "<=",
      ">=",
      "==",
      "!=",
      "&&",
      "||",
      "*=",
      "/=",
      "%=",
      "+=",
      "-=",
      "&=",
      "^=",
      "|=",
      "##"
    ], PUNCTUATOR_STARTS = new Set(PUNCTUATORS.map((p) => p.charCodeAt(0)));
  }
});

// server/src/core/c/headerStructure.ts
function directiveEnd(text, start) {
  let i = start, n = text.length;
  for (; i < n; ) {
    let c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 47) {
      let end = commentEnd(text, i);
      if (end >= 0) {
        if (text.charCodeAt(i + 1) === 47) return end;
        i = end;
        continue;
      }
    } else if (c === 34 || c === 39) {
      i = literalEnd(text, i);
      continue;
    } else if (c === 92) {
      let j = i + 1;
      for (; text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9; ) j++;
      if (text.charCodeAt(j) === 13 && j++, text.charCodeAt(j) === 10) {
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return n;
}
function parseDefine(text, restStart, end, branch) {
  MACRO_NAME.lastIndex = restStart;
  let m = MACRO_NAME.exec(text);
  if (!m || MACRO_NAME.lastIndex > end) return;
  let offset = MACRO_NAME.lastIndex - m[1].length, bodyStart = MACRO_NAME.lastIndex, params, variadic = !1;
  if (text.charCodeAt(bodyStart) === 40) {
    let close = text.indexOf(")", bodyStart);
    if (close < 0 || close >= end) return;
    let tokens = tokenize2(text, bodyStart + 1, close);
    params = [];
    for (let i = 0; i < tokens.length; i++) {
      let t = tokens[i];
      if (t.text !== ",")
        if (t.text === "...")
          variadic = !0, params.push("__VA_ARGS__");
        else if (t.kind === "ident")
          tokens[i + 1]?.text === "..." && (variadic = !0, i++), params.push(t.text);
        else
          return;
    }
    bodyStart = close + 1;
  }
  let body;
  return {
    name: m[1],
    params,
    variadic,
    offset,
    branch,
    get body() {
      return body ??= tokenize2(text, bodyStart, end);
    }
  };
}
function parseInclude(text, start, restStart, end, branch) {
  let rest = text.slice(restStart, end).trim(), m = /^(?:<([^>]+)>|"([^"]+)")/.exec(rest);
  return { name: m ? m[1] ?? m[2] : void 0, system: m ? m[1] !== void 0 : !0, start, branch };
}
function headerStructure(text) {
  let groups = [], defines = [], undefs = [], includes = [], segments = [], open = [], problem, codeFrom = 0, current = () => {
    let g = open[open.length - 1];
    return g?.branches[g.branches.length - 1];
  }, n = text.length, i = 0, lineStart = !0;
  for (; i < n; ) {
    let c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = !0, i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (c === 47) {
      let end = commentEnd(text, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    if (c === 35 && lineStart) {
      let start = i, end = directiveEnd(text, i);
      start > codeFrom && segments.push({ start: codeFrom, end: start, branch: current() }), codeFrom = i = end, lineStart = !1, directive(start, end);
      continue;
    }
    if (lineStart = !1, c === 34 || c === 39) {
      i = literalEnd(text, i);
      continue;
    }
    if (c === 92) {
      let j = i + 1;
      if (text.charCodeAt(j) === 13 && j++, text.charCodeAt(j) === 10) {
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  codeFrom < n && segments.push({ start: codeFrom, end: n, branch: current() }), open.length && (problem ??= `${open.length} #if group(s) never closed`), markGuard(text, groups, defines, segments);
  let byName;
  return { text, groups, defines, definesOf: (name) => {
    if (!byName) {
      byName = /* @__PURE__ */ new Map();
      for (let d of defines) {
        let list = byName.get(d.name);
        list ? list.push(d) : byName.set(d.name, [d]);
      }
    }
    return byName.get(name) ?? [];
  }, undefs, includes, segments, problem };
  function directive(start, end) {
    let p = start + 1;
    for (; text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9; ) p++;
    let nameStart = p;
    for (; p < end && /[A-Za-z_]/.test(text[p]); ) p++;
    let name = text.slice(nameStart, p), restStart = p, rest = () => text.slice(restStart, end).replace(/\\\r?\n/g, " ").trim();
    switch (name) {
      case "if":
      case "ifdef":
      case "ifndef": {
        let g = { id: groups.length, branches: [], parent: current(), start, end: n };
        g.branches.push({ group: g.id, index: 0, kind: name, expr: rest(), exprOffset: restStart }), groups.push(g), open.push(g);
        break;
      }
      case "elif":
      case "else": {
        let g = open[open.length - 1];
        if (!g || g.branches[g.branches.length - 1].kind === "else") {
          problem ??= `#${name} without a matching #if at offset ${start}`;
          break;
        }
        g.branches.push({ group: g.id, index: g.branches.length, kind: name, expr: name === "else" ? "" : rest(), exprOffset: restStart });
        break;
      }
      case "endif": {
        let g = open.pop();
        g ? g.end = end : problem ??= `#endif without a matching #if at offset ${start}`;
        break;
      }
      case "define": {
        let d = parseDefine(text, restStart, end, current());
        d && defines.push(d);
        break;
      }
      case "undef": {
        let t = tokenize2(text, restStart, end)[0];
        t?.kind === "ident" && undefs.push({ name: t.text, offset: t.offset, branch: current() });
        break;
      }
      case "include":
      case "include_next":
        includes.push(parseInclude(text, start, restStart, end, current()));
        break;
      default:
        break;
    }
  }
}
function markGuard(text, groups, defines, segments) {
  let g = groups[0];
  if (!g || g.parent || g.branches.length !== 1) return;
  let b = g.branches[0], cond = tokenize2(b.expr).map((t) => t.text), name = b.kind === "ifndef" ? cond[0] : cond[0] === "!" && cond[1] === "defined" ? cond[2] === "(" ? cond[3] : cond[2] : void 0;
  if (!name) return;
  let first = defines.find((d) => d.branch?.group === g.id);
  if (!first || first.name !== name) return;
  segments.some((s) => !s.branch && (s.end <= g.start || s.start >= g.end) && tokenize2(text, s.start, s.end).length > 0) || (g.guard = !0);
}
function headerOutline(text) {
  let includes = [], macros = [];
  DIRECTIVE_LINE.lastIndex = 0;
  let m;
  for (; m = DIRECTIVE_LINE.exec(text); ) {
    if (m[1] === "define" || m[1] === "undef") {
      m[4] && macros.push(m[4]);
      continue;
    }
    let name = m[2] ?? m[3];
    includes.push({ name, system: m[3] === void 0, start: m.index + m[0].indexOf("#") });
  }
  return { includes, macros };
}
var MACRO_NAME, DIRECTIVE_LINE, init_headerStructure = __esm({
  "server/src/core/c/headerStructure.ts"() {
    "use strict";
    init_lex();
    MACRO_NAME = /[ \t]*([A-Za-z_][A-Za-z0-9_]*)/y;
    DIRECTIVE_LINE = /^[ \t]*#[ \t]*(include_next|include|define|undef)\b[ \t]*(?:<([^>\n]*)>|"([^"\n]*)"|([A-Za-z_]\w*))?/gm;
  }
});

// server/src/core/c/translationUnit.ts
function and3(a, b) {
  if (a === !1) return !1;
  let c = b();
  return c === !1 ? !1 : a === !0 && c === !0 ? !0 : void 0;
}
function not3(a) {
  return a === void 0 ? void 0 : !a;
}
function attributeName(name) {
  return name.replace(/^__(.*)__$/, "$1");
}
function wordHash(text, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
function wordFilter(text) {
  let bits = new Uint32Array(FILTER_WORDS), n = text.length, i = 0;
  for (; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let h = 2166136261;
    for (; i < n; ) {
      let d = text.charCodeAt(i);
      if (!isWordChar(d)) break;
      h = Math.imul(h ^ d, 16777619), i++;
    }
    c >= 48 && c <= 57 || (h >>>= 0, bits[h >>> 5 & FILTER_WORDS - 1] |= 1 << (h & 31));
  }
  return bits;
}
function mentionsWord(text, name) {
  let i = text.indexOf(name);
  for (; i >= 0; ) {
    if (!isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + name.length))) return !0;
    i = text.indexOf(name, i + 1);
  }
  return !1;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function compareKeys(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function withHide(t, hide) {
  return { kind: t.kind, text: t.text, offset: t.offset, hide: t.hide ? [.../* @__PURE__ */ new Set([...t.hide, ...hide])] : hide };
}
function matching(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    let t = tokens[i].text;
    if (t === "(") depth++;
    else if (t === ")" && --depth === 0) return i;
  }
  return -1;
}
function collectArgs(stack) {
  stack.pop();
  let args = [[]], depth = 0;
  for (; stack.length; ) {
    let t = stack.pop();
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      if (depth === 0) return { args, close: t };
      depth--;
    } else if (t.text === "," && depth === 0) {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(t);
  }
}
function stringify(tokens) {
  let s = "";
  return tokens.forEach((t, i) => {
    let prev = tokens[i - 1];
    prev && !(prev.offset >= 0 && t.offset === prev.offset + prev.text.length) && (s += " "), s += t.kind === "string" || t.kind === "char" ? t.text.replace(/[\\"]/g, (c) => "\\" + c) : t.text;
  }), synthetic("string", `"${s}"`);
}
function paste(tokens) {
  let out = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (t?.text !== "##" || i === 0 || i === tokens.length - 1) {
      out.push(t);
      continue;
    }
    let left = out.pop() ?? null, right = tokens[++i];
    if (!(left?.text === "," && right === null))
      if (left === null) out.push(right);
      else if (right === null) out.push(left);
      else {
        let joined = tokenize2(left.text + right.text);
        if (joined.length !== 1) return;
        out.push({ ...joined[0], offset: -1, hide: left.hide });
      }
  }
  return out.filter((t) => t !== null);
}
function onlyIgnorableAttributes(tokens) {
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i];
    if (t.text !== "__attribute__" && t.text !== "__attribute") return !1;
    let close = matching(tokens, i + 1);
    if (close < 0) return !1;
    for (let j = i + 3; j < close - 1; j++) {
      let a = tokens[j], prev = tokens[j - 1].text;
      if (a.kind === "ident" && (prev === "(" || prev === ",") && SIGNIFICANT_ATTRIBUTES.has(attributeName(a.text))) return !1;
    }
    i = close;
  }
  return !0;
}
var CONFIG_INCLUDE, EXPANSION_BUDGET, MAX_DEPTH, SIGNIFICANT_ATTRIBUTES, UNKNOWN, UNKNOWN_TOKEN, TranslationUnit, FILTER_WORDS, FILTER_AFTER, init_translationUnit = __esm({
  "server/src/core/c/translationUnit.ts"() {
    "use strict";
    init_headerStructure();
    init_lex();
    init_constExpr();
    CONFIG_INCLUDE = "generated/autoconf.h", EXPANSION_BUDGET = 2e5, MAX_DEPTH = 48, SIGNIFICANT_ATTRIBUTES = /* @__PURE__ */ new Set(["aligned", "packed", "mode", "vector_size", "transparent_union", "warn_unused_result"]);
    UNKNOWN = "\0unknown", UNKNOWN_TOKEN = synthetic("ident", UNKNOWN), TranslationUnit = class {
      /** Files in the order the preprocessor first enters them. */
      files = [];
      configKnown;
      #source;
      #options;
      #structures;
      #entered = /* @__PURE__ */ new Set();
      /** Per file, the `#include`s that open it (the includer and the directive's offset). */
      #openedBy = /* @__PURE__ */ new Map();
      /** Per file, the place of the `#include` that first opened it; roots have none. */
      #firstOpen = /* @__PURE__ */ new Map();
      #rootIndex = /* @__PURE__ */ new Map();
      /** Per macro name, the files with a `#define` or `#undef` line of it (confirmed by their structure). */
      #macroFiles = /* @__PURE__ */ new Map();
      #unresolved = [];
      /** Files an `#include` reaches again while they are still being read: a cycle, unless a guard stops it. */
      #cycles = /* @__PURE__ */ new Set();
      #branchMemo = /* @__PURE__ */ new Map();
      #fileMemo = /* @__PURE__ */ new Map();
      #inProgress = /* @__PURE__ */ new Set();
      #predefined = /* @__PURE__ */ new Map();
      #eventMemo = /* @__PURE__ */ new Map();
      #orderMemo = /* @__PURE__ */ new Map();
      #absenceCertain;
      #wordFilters;
      #lookups = 0;
      #assumeAbsence = !1;
      #depth = 0;
      constructor(source, options) {
        this.#source = source, this.#options = options;
        for (let [name, body] of options.predefined)
          this.#predefined.set(name, { name, variadic: !1, body: tokenize2(body), offset: -1 });
        this.#structures = options.structures ?? /* @__PURE__ */ new Map(), this.#walk(options.roots), this.configKnown = this.#entered.has(options.configHeader);
      }
      /** A header's full structure, read when a question first needs it. */
      structure(file) {
        let s = this.#structures.get(file);
        if (!s && this.#entered.has(file)) {
          let text = this.#source.text(file);
          if (text === void 0) return;
          this.#structures.set(file, s = headerStructure(text));
        }
        return s;
      }
      /** The branch of the `#include` at `offset` of `from`; null when the structure has no such directive (it was in a comment). */
      #includeBranch(from, offset) {
        let inc = this.structure(from)?.includes.find((i) => i.start === offset);
        return inc ? inc.branch : null;
      }
      text(file) {
        return this.#source.text(file);
      }
      /**
       * Depth first, as the preprocessor reads: each header once (the include guards' effect).
       * Only the directive lines are read here (`headerOutline`); which `#if` branch an include
       * sits in is decided later, when a question needs it.
       */
      #walk(roots) {
        roots.forEach((r, i) => this.#rootIndex.set(r, i));
        let enter = (file) => {
          let text = this.#source.text(file);
          if (text === void 0) return;
          this.#entered.add(file), this.files.push(file);
          let outline = this.#options.outlines?.get(file);
          outline || (outline = headerOutline(text), this.#options.outlines?.set(file, outline));
          for (let name of new Set(outline.macros)) {
            let list = this.#macroFiles.get(name);
            list ? list.push(file) : this.#macroFiles.set(name, [file]);
          }
          return outline;
        };
        for (let root of roots) {
          if (this.#entered.has(root)) continue;
          let rootOutline = enter(root);
          if (!rootOutline) continue;
          let stack = [{ file: root, includes: rootOutline.includes, next: 0 }];
          for (; stack.length; ) {
            let top = stack[stack.length - 1];
            if (top.next >= top.includes.length) {
              stack.pop();
              continue;
            }
            let inc = top.includes[top.next++], target = inc.name === void 0 ? void 0 : this.#source.resolve(inc.name, inc.system, top.file);
            if (!target) {
              this.#unresolved.push({ file: top.file, offset: inc.start, name: inc.name });
              continue;
            }
            let sites = this.#openedBy.get(target);
            if (sites || this.#openedBy.set(target, sites = []), sites.push({ from: top.file, offset: inc.start }), this.#entered.has(target)) {
              stack.some((f) => f.file === target) && this.#cycles.add(target);
              continue;
            }
            let outline = enter(target);
            outline && (this.#firstOpen.set(target, { from: top.file, offset: inc.start }), stack.push({ file: target, includes: outline.includes, next: 0 }));
          }
        }
      }
      /** Whether `a` comes before `b` in the preprocessed text. */
      before(a, b) {
        return compareKeys(this.#orderKey(a), this.#orderKey(b)) < 0;
      }
      #orderKey(p) {
        return [...this.#fileKey(p.file), p.offset];
      }
      /** The root's index, then the offsets of the `#include`s leading from it to `file`. */
      #fileKey(file) {
        let memo = this.#orderMemo.get(file);
        if (memo) return memo;
        let key2 = [], start = file;
        for (let i = 0; i < 256; i++) {
          let open = this.#firstOpen.get(file);
          if (!open) break;
          key2.unshift(open.offset), file = open.from;
        }
        return key2.unshift(this.#rootIndex.get(file) ?? -1), this.#orderMemo.set(start, key2), key2;
      }
      /**
       * Whether the preprocessor enters `file` at all. A header in an `#include` cycle without an
       * include guard is unknown: the compiler would include it until its nesting limit and fail.
       */
      fileState(file) {
        if (this.#cycles.has(file) && !this.structure(file)?.groups.some((g) => g.guard)) return;
        if (this.#rootIndex.has(file)) return !0;
        let memo = this.#fileMemo.get(file);
        if (memo !== void 0 || this.#fileMemo.has(file)) return memo;
        if (this.#inProgress.has(`f:${file}`)) return !1;
        this.#inProgress.add(`f:${file}`);
        let state = !1;
        for (let site of this.#openedBy.get(file) ?? []) {
          let branch = this.#includeBranch(site.from, site.offset);
          if (branch === null) continue;
          let s = and3(this.fileState(site.from), () => this.branchState(site.from, branch));
          if (s === !0) {
            state = !0;
            break;
          }
          s === void 0 && (state = void 0);
        }
        return this.#inProgress.delete(`f:${file}`), this.#fileMemo.set(file, state), state;
      }
      /** Whether code in `branch` of `file` is compiled (the file entered, every enclosing branch taken). */
      placeState(file, branch) {
        return and3(this.fileState(file), () => this.branchState(file, branch));
      }
      branchState(file, branch) {
        if (!branch) return !0;
        let key2 = `${file}\0${branch.group}:${branch.index}`, memo = this.#branchMemo.get(key2);
        if (memo !== void 0 || this.#branchMemo.has(key2)) return memo;
        if (this.#inProgress.has(key2) || this.#depth > MAX_DEPTH) return;
        this.#inProgress.add(key2), this.#depth++;
        let state;
        try {
          let s = this.structure(file), group = s.groups[branch.group];
          if (s.problem) state = void 0;
          else if (state = this.branchState(file, group.parent), state !== !1 && !group.guard) {
            for (let i = 0; i < branch.index && state !== !1; i++) {
              let earlier = group.branches[i];
              state = and3(state, () => not3(this.#condition(file, earlier)));
            }
            branch.kind !== "else" && (state = and3(state, () => this.#condition(file, branch)));
          }
        } finally {
          this.#depth--, this.#inProgress.delete(key2);
        }
        return this.#branchMemo.set(key2, state), state;
      }
      #condition(file, b) {
        let at = { file, offset: b.exprOffset };
        if (b.kind === "ifdef" || b.kind === "ifndef") {
          let name = tokenize2(b.expr)[0], d = name?.kind === "ident" ? this.isDefined(name.text, at) : void 0;
          return b.kind === "ifdef" ? d : not3(d);
        }
        let value = this.evaluateCondition(tokenize2(b.expr), at);
        return value === void 0 ? void 0 : value.v !== 0n;
      }
      /**
       * The value of an `#if` expression: `defined`, `__has_*` (unknown), macros expanded,
       * identifiers left over are 0.
       */
      evaluateCondition(tokens, at) {
        let pre = this.#replaceDefined(tokens, at), expanded = this.expand(pre, at);
        if (!expanded) return;
        let again = this.#replaceDefined(expanded, at), result2 = evaluate(again, {
          // What is left after expansion is no macro: 0, as the standard says (`true` too: it is an enum here).
          identifier: (name) => name === UNKNOWN ? void 0 : { v: 0n, unsigned: !1, bits: 32 }
        });
        return result2.kind === "value" ? result2.value : void 0;
      }
      #replaceDefined(tokens, at) {
        let out = [];
        for (let i = 0; i < tokens.length; i++) {
          let t = tokens[i];
          if (t.kind === "ident" && t.text === "defined") {
            let j = i + 1, paren = tokens[j]?.text === "(";
            paren && j++;
            let name = tokens[j];
            if (name?.kind !== "ident") {
              out.push(UNKNOWN_TOKEN);
              continue;
            }
            if (paren && tokens[j + 1]?.text !== ")") {
              out.push(UNKNOWN_TOKEN);
              continue;
            }
            let d = this.isDefined(name.text, at);
            out.push(d === void 0 ? UNKNOWN_TOKEN : synthetic("number", d ? "1" : "0")), i = paren ? j + 1 : j;
            continue;
          }
          if (t.kind === "ident" && /^__has_/.test(t.text) && tokens[i + 1]?.text === "(") {
            let close = matching(tokens, i + 1);
            out.push(UNKNOWN_TOKEN), i = close < 0 ? tokens.length : close;
            continue;
          }
          out.push(t);
        }
        return out;
      }
      /** Whether `name` is a macro at `at` (anywhere in the unit when no place is given). */
      isDefined(name, at) {
        let s = this.macro(name, at);
        return s.kind === "none" ? !1 : s.kind === "macro" ? !0 : void 0;
      }
      /** Whether a name nothing in the translation unit defines is surely no macro. */
      #absent(name) {
        if (this.#options.surelyUndefined?.(name)) return !0;
        if (!this.#options.maybeCompilerMacro?.(name)) {
          if (name.startsWith("CONFIG_")) return this.configKnown ? !0 : void 0;
          if (this.#assumeAbsence) return !0;
          if (this.#absenceCertain === void 0) {
            this.#assumeAbsence = !0;
            let certain2 = !0;
            try {
              for (let u of this.#unresolved) {
                if (!certain2) break;
                if (u.name === CONFIG_INCLUDE) continue;
                let branch = this.#includeBranch(u.file, u.offset);
                branch !== null && this.placeState(u.file, branch) !== !1 && (certain2 = !1);
              }
            } finally {
              this.#assumeAbsence = !1;
            }
            certain2 || (this.#branchMemo.clear(), this.#fileMemo.clear()), this.#absenceCertain = certain2;
          }
          return this.#absenceCertain ? !0 : void 0;
        }
      }
      /**
       * What `name` is at `at`: the last `#define` or `#undef` of it before that place that is
       * compiled decides; one whose branch is unknown, coming after, makes it unknown.
       */
      macro(name, at) {
        let pre = this.#predefined.get(name);
        if (pre) return { kind: "macro", def: pre, file: "<command line>" };
        let events = this.#events(name), candidates = [];
        for (let i = events.length - 1; i >= 0; i--) {
          let e = events[i];
          if (at && !this.before(e.place, at)) continue;
          let st = this.placeState(e.place.file, e.branch);
          if (st !== !1) {
            if (st === void 0) {
              e.def && candidates.push({ file: e.place.file, def: e.def });
              continue;
            }
            return candidates.length ? (e.def && candidates.push({ file: e.place.file, def: e.def }), { kind: "unknown", candidates }) : e.def ? { kind: "macro", def: e.def, file: e.place.file } : { kind: "none" };
          }
        }
        return candidates.length ? { kind: "unknown", candidates } : this.#absent(name) ? { kind: "none" } : { kind: "unknown", candidates: [] };
      }
      /** The `#define`s and `#undef`s of a name in translation-unit order. */
      #events(name) {
        let list = this.#eventMemo.get(name);
        if (list) return list;
        list = [];
        for (let file of this.#macroFiles.get(name) ?? []) {
          let s = this.structure(file);
          for (let d of s?.definesOf(name) ?? []) list.push({ place: { file, offset: d.offset }, branch: d.branch, def: d });
          for (let u of s?.undefs ?? []) u.name === name && list.push({ place: { file, offset: u.offset }, branch: u.branch });
        }
        if (list.length > 1) {
          let keys = new Map(list.map((e) => [e, this.#orderKey(e.place)]));
          list.sort((a, b) => compareKeys(keys.get(a), keys.get(b)));
        }
        return this.#eventMemo.set(name, list), list;
      }
      /**
       * The macro expansion of `tokens` (arguments pre-expanded, `#`, `##`, `__VA_ARGS__`, the
       * hide sets of the standard's rescanning), or undefined when some macro's definition is
       * unknown here or the budget runs out.
       */
      expand(tokens, at, budget = { left: EXPANSION_BUDGET }) {
        if (this.#depth > MAX_DEPTH) {
          budget.failed ??= "macros nested too deeply";
          return;
        }
        this.#depth++;
        try {
          return this.#expand(tokens, at, budget);
        } finally {
          this.#depth--;
        }
      }
      #expand(tokens, at, budget) {
        let out = [], stack = [];
        for (let i = tokens.length - 1; i >= 0; i--) stack.push(tokens[i]);
        for (; stack.length; ) {
          if (--budget.left < 0) {
            budget.failed ??= "the expansion is too large";
            return;
          }
          let t = stack.pop();
          if (t.kind !== "ident" || t.text === UNKNOWN || t.hide?.includes(t.text)) {
            out.push(t);
            continue;
          }
          let status = this.macro(t.text, at);
          if (status.kind === "none") {
            out.push(t);
            continue;
          }
          let def;
          if (status.kind === "unknown") {
            let dropped = this.#droppable(status.candidates, at, budget);
            if (!dropped) {
              budget.failed ??= `\`${t.text}\` is defined under an \`#if\` that cannot be decided`;
              return;
            }
            def = dropped;
          } else
            def = status.def;
          let hide = [...t.hide ?? [], t.text];
          if (!def.params) {
            for (let i = def.body.length - 1; i >= 0; i--) stack.push(withHide(def.body[i], hide));
            continue;
          }
          if (stack[stack.length - 1]?.text !== "(") {
            out.push(t);
            continue;
          }
          let args = collectArgs(stack);
          if (!args) {
            budget.failed ??= `\`${t.text}(\` has no closing parenthesis`;
            return;
          }
          let body = this.#substitute(def, args.args, at, budget);
          if (!body) return;
          let hidden = [.../* @__PURE__ */ new Set([...hide.filter((h) => args.close.hide?.includes(h) || h === t.text)])];
          for (let i = body.length - 1; i >= 0; i--) stack.push(withHide(body[i], hidden));
        }
        return out;
      }
      /**
       * A macro whose definition is not known but which, whichever it is, is only attributes
       * bindgen ignores (the `#if __has_attribute(…)` alternatives of compiler_attributes.h): it
       * can be dropped. Then a definition that expands to nothing, else undefined.
       */
      #droppable(candidates, at, budget) {
        if (!candidates.length || !this.#exhaustive(candidates)) return;
        let functionLike = candidates[0].def.params !== void 0;
        for (let c of candidates) {
          if (c.def.params !== void 0 !== functionLike) return;
          let body = this.expand(c.def.body.filter((t) => !c.def.params?.includes(t.text)), at, budget);
          if (!body || !onlyIgnorableAttributes(body)) return;
        }
        return { name: candidates[0].def.name, params: functionLike ? candidates[0].def.params : void 0, variadic: candidates[0].def.variadic, body: [], offset: -1 };
      }
      /** Whether exactly one of the candidates is compiled for sure: one per branch of one group with an `#else`. */
      #exhaustive(candidates) {
        let { file, def } = candidates[0], branch = def.branch;
        if (!branch || candidates.some((c) => c.file !== file || c.def.branch?.group !== branch.group)) return candidates.length === 1 && this.placeState(file, branch) === !0;
        let group = this.structure(file).groups[branch.group];
        return group.branches[group.branches.length - 1].kind !== "else" || !group.branches.every((b) => candidates.some((c) => c.def.branch?.index === b.index)) ? !1 : this.placeState(file, group.parent) === !0;
      }
      #substitute(def, args, at, budget) {
        let params = def.params;
        if (def.variadic) {
          let fixed = params.length - 1;
          if (args.length < fixed) return;
          let rest = args.slice(fixed), joined = [];
          rest.forEach((a, i) => {
            i && joined.push(synthetic("punct", ",")), joined.push(...a);
          }), args = [...args.slice(0, fixed), joined];
        } else if (args.length !== params.length && !(params.length === 0 && args.length === 1 && args[0].length === 0)) {
          budget.failed ??= `\`${def.name}\` called with ${args.length} arguments`;
          return;
        }
        let body = def.body, expandedArgs = /* @__PURE__ */ new Map(), expandedArg = (i) => (expandedArgs.has(i) || expandedArgs.set(i, this.expand(args[i] ?? [], at, budget)), expandedArgs.get(i)), out = [];
        for (let i = 0; i < body.length; i++) {
          let t = body[i];
          if (t.text === "__VA_OPT__") {
            budget.failed ??= "__VA_OPT__";
            return;
          }
          if (t.text === "#" && body[i + 1]?.kind === "ident" && params.includes(body[i + 1].text)) {
            out.push(stringify(args[params.indexOf(body[i + 1].text)] ?? [])), i++;
            continue;
          }
          let p = t.kind === "ident" ? params.indexOf(t.text) : -1;
          if (p < 0) {
            out.push(t);
            continue;
          }
          let arg = body[i - 1]?.text === "##" || body[i + 1]?.text === "##" ? args[p] ?? [] : expandedArg(p);
          if (!arg) return;
          arg.length ? out.push(...arg) : out.push(null);
        }
        let pasted = paste(out);
        return pasted || (budget.failed ??= `\`##\` in \`${def.name}\` makes no single token`), pasted;
      }
      /** The first definition of a macro in translation-unit order, among those compiled. */
      firstDefinition(name) {
        if (this.#predefined.has(name)) return { status: "unknown" };
        for (let e of this.#events(name)) {
          if (!e.def) continue;
          let st = this.placeState(e.place.file, e.branch);
          if (st === void 0) return { status: "unknown" };
          if (st) return { status: "macro", def: e.def, file: e.place.file };
        }
        return { status: "none" };
      }
      /**
       * The files of the unit whose text has `name` as a word, in unit order. After the first few
       * lookups each file gets a 64k-bit filter of its words' hashes (one pass, no string made),
       * so a lookup tests a bit per file and searches the text only where the bit is set.
       */
      filesMentioning(name) {
        if (!this.#wordFilters && ++this.#lookups <= FILTER_AFTER) return this.files.filter((f) => mentionsWord(this.#source.text(f) ?? "", name));
        if (!this.#wordFilters) {
          let shared = this.#options.wordFilters;
          this.#wordFilters = this.files.map((f) => {
            let filter = shared?.get(f);
            return filter || (filter = wordFilter(this.#source.text(f) ?? ""), shared?.set(f, filter)), filter;
          });
        }
        let h = wordHash(name, 0, name.length), bit = 1 << (h & 31), slot = h >>> 5 & FILTER_WORDS - 1;
        return this.files.filter((f, i) => (this.#wordFilters[i][slot] & bit) !== 0 && mentionsWord(this.#source.text(f) ?? "", name));
      }
    }, FILTER_WORDS = 2048, FILTER_AFTER = 8;
  }
});

// server/src/core/c/declarations.ts
function chunkRanges(s) {
  let text = s.text, out = [], start = -1, braces = 0, parens = 0, body, flush = (end) => {
    start >= 0 && out.push(body === void 0 ? { start, end } : { start, end, body }), start = -1, braces = parens = 0, body = void 0;
  };
  for (let seg of s.segments) {
    let i = seg.start;
    for (; i < seg.end; ) {
      let c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 92) {
        i++;
        continue;
      }
      if (c === 47) {
        let e = commentEnd(text, i);
        if (e >= 0) {
          i = Math.min(e, seg.end);
          continue;
        }
      }
      if (start < 0 && (start = i), c === 34 || c === 39) {
        i = Math.min(literalEnd(text, i), seg.end);
        continue;
      }
      if (c === 40) parens++;
      else if (c === 41) parens = Math.max(0, parens - 1);
      else if (c === 123)
        braces === 0 && parens === 0 && opensFunctionBody(text, start, i) && (body = i), braces++;
      else if (c === 125) {
        if (braces = Math.max(0, braces - 1), braces === 0 && parens === 0 && body !== void 0) {
          flush(i + 1), i++;
          continue;
        }
      } else if (c === 59 && braces === 0 && parens === 0) {
        flush(i + 1), i++;
        continue;
      }
      i++;
    }
  }
  return start >= 0 && flush(text.length), out;
}
function chunkTokens(s, range) {
  let tokens = [], branches = [], body;
  for (let seg of segmentsIn(s, range)) {
    let before3 = tokens.length;
    tokenize2(s.text, Math.max(seg.start, range.start), Math.min(seg.end, range.end), tokens);
    for (let i = before3; i < tokens.length; i++)
      branches.push(seg.branch), tokens[i].offset === range.body && (body = i);
  }
  return body === void 0 ? { tokens, branches } : { tokens, branches, body };
}
function segmentsIn(s, range) {
  let lo = 0, hi = s.segments.length - 1;
  for (; lo < hi; ) {
    let mid = lo + hi + 1 >> 1;
    s.segments[mid].start <= range.start ? lo = mid : hi = mid - 1;
  }
  let out = [];
  for (let i = lo; i < s.segments.length && s.segments[i].start < range.end; i++) s.segments[i].end > range.start && out.push(s.segments[i]);
  return out;
}
function opensFunctionBody(text, from, open) {
  let i = open - 1;
  for (let steps = 0; i >= from && steps < 256; steps++) {
    for (; i >= from && /\s/.test(text[i]); ) i--;
    if (i < from) return !1;
    let c = text[i];
    if (c === ")") {
      let depth = 0, j = i;
      for (; j >= from; j--)
        if (text[j] === ")") depth++;
        else if (text[j] === "(" && --depth === 0) break;
      if (j < from) return !1;
      let k = j - 1;
      for (; k >= from && /\s/.test(text[k]); ) k--;
      let w2 = k;
      for (; w2 >= from && WORD.test(text[w2]); ) w2--;
      if (ATTRIBUTE_WORDS.has(text.slice(w2 + 1, k + 1))) {
        i = w2;
        continue;
      }
      return !0;
    }
    if (!WORD.test(c)) return !1;
    let w = i;
    for (; w >= from && WORD.test(text[w]); ) w--;
    if (TAGS.has(text.slice(w + 1, i + 1))) return !1;
    i = w;
  }
  return !1;
}
function fail(why) {
  throw new ParseError(why);
}
function splitAttributes(inner) {
  let out = [], i = 0;
  for (; i < inner.length; ) {
    let t = inner[i];
    if (t.text === ",") {
      i++;
      continue;
    }
    t.kind !== "ident" && fail("malformed attribute");
    let args = [];
    if (i++, inner[i]?.text === "(") {
      let close = matching(inner, i);
      close < 0 && fail("malformed attribute"), args = inner.slice(i + 1, close), i = close + 1;
    }
    out.push({ name: attributeName(t.text), args });
  }
  return out;
}
function primOf(words2) {
  let signed = !1, unsigned = !1, longs = 0, ints = 0, main;
  for (let w of words2)
    /^(__)?signed(__)?$/.test(w) ? signed = !0 : w === "unsigned" ? unsigned = !0 : w === "long" ? longs++ : w === "int" ? ints++ : main ? fail(`type words ${words2.join(" ")}`) : main = w;
  (signed && unsigned || ints > 1 || longs > 2) && fail(`type words ${words2.join(" ")}`);
  let plain = !longs && !ints && !signed && !unsigned;
  switch (main) {
    case void 0:
      return longs === 2 ? unsigned ? "ullong" : "llong" : longs === 1 ? unsigned ? "ulong" : "long" : unsigned ? "uint" : "int";
    case "short":
      if (longs) break;
      return unsigned ? "ushort" : "short";
    case "char":
      if (longs || ints) break;
      return unsigned ? "uchar" : signed ? "schar" : "char";
    case "__int128":
      if (longs || ints) break;
      return unsigned ? "u128" : "i128";
    case "double":
      if (ints || signed || unsigned || longs > 1) break;
      return longs ? "ldouble" : "double";
    case "void":
      if (plain) return "void";
      break;
    case "_Bool":
      if (plain) return "bool";
      break;
    case "float":
      if (plain) return "float";
      break;
    default:
      break;
  }
  fail(`type words ${words2.join(" ")}`);
}
function parseDeclarations(tokens) {
  try {
    return { ok: !0, decls: new DeclParser(tokens).declarations() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: !1, why: e.message };
    if (e instanceof RangeError) return { ok: !1, why: "nested too deeply" };
    throw e;
  }
}
function parseTypeName(tokens) {
  try {
    return new DeclParser(tokens).typeName();
  } catch (e) {
    if (e instanceof ParseError || e instanceof RangeError) return;
    throw e;
  }
}
var STORAGE, QUALIFIERS, PRIMS, IGNORED, UNSUPPORTED, TAGS, ATTRIBUTE_WORDS, ASM_WORDS, WORD, ParseError, DeclParser, init_declarations = __esm({
  "server/src/core/c/declarations.ts"() {
    "use strict";
    init_lex();
    init_translationUnit();
    STORAGE = /* @__PURE__ */ new Set(["typedef", "extern", "static", "inline", "__inline", "__inline__", "register", "auto", "_Thread_local", "__thread", "_Noreturn"]), QUALIFIERS = /* @__PURE__ */ new Set(["const", "__const", "__const__", "volatile", "__volatile", "__volatile__", "restrict", "__restrict", "__restrict__"]), PRIMS = /* @__PURE__ */ new Set(["void", "char", "short", "int", "long", "float", "double", "signed", "__signed", "__signed__", "unsigned", "_Bool", "__int128"]), IGNORED = /* @__PURE__ */ new Set(["__extension__"]), UNSUPPORTED = /* @__PURE__ */ new Set(["typeof", "__typeof", "__typeof__", "_Atomic", "__auto_type", "_Complex", "__complex__", "__builtin_va_list", "_Float16", "__fp16", "__bf16"]), TAGS = /* @__PURE__ */ new Set(["struct", "union", "enum"]), ATTRIBUTE_WORDS = /* @__PURE__ */ new Set(["__attribute__", "__attribute"]), ASM_WORDS = /* @__PURE__ */ new Set(["asm", "__asm", "__asm__"]);
    WORD = /[A-Za-z0-9_$]/;
    ParseError = class extends Error {
    };
    DeclParser = class _DeclParser {
      constructor(t) {
        this.t = t;
      }
      t;
      i = 0;
      peek(k = 0) {
        return this.t[this.i + k];
      }
      next() {
        let t = this.t[this.i++];
        return t || fail("unexpected end"), t;
      }
      eat(text) {
        return this.peek()?.text !== text ? !1 : (this.i++, !0);
      }
      expect(text) {
        this.eat(text) || fail(`expected ${text} at ${this.peek()?.text ?? "end"}`);
      }
      /** Every declaration of the tokens (a chunk can hold several after expansion). */
      declarations() {
        let out = [];
        for (; this.i < this.t.length; ) {
          if (this.eat(";")) continue;
          let t = this.peek();
          if (t.text === "_Static_assert" || t.text === "static_assert") {
            this.skipTo(";");
            continue;
          }
          if (ASM_WORDS.has(t.text)) {
            this.skipTo(";");
            continue;
          }
          let specs = this.specifiers(!0);
          if (this.eat(";")) {
            out.push({ storage: specs.storage, type: specs.type, attrs: specs.attrs, definition: !1 });
            continue;
          }
          for (; ; ) {
            let d = this.declarator(specs.type, !1), attrs = [...specs.attrs, ...d.attrs, ...this.attributes()], init;
            if (this.eat("=") && (init = this.until([",", ";"])), this.peek()?.text === "{") {
              d.type.kind !== "function" && fail("a body after a non-function");
              let close = this.closing(this.i, "{", "}");
              this.i = close + 1, out.push({ storage: specs.storage, name: d.name, nameToken: d.nameToken, type: d.type, attrs, definition: !0 });
              break;
            }
            if (out.push({ storage: specs.storage, name: d.name, nameToken: d.nameToken, type: d.type, attrs, init, definition: !1 }), !this.eat(",")) {
              this.expect(";");
              break;
            }
          }
        }
        return out;
      }
      /** A type name (`unsigned long`, `struct foo *`, `gfp_t`) filling all the tokens. */
      typeName() {
        let specs = this.specifiers(!1), d = this.declarator(specs.type, !0);
        return this.i < this.t.length && fail("junk after a type name"), d.type;
      }
      skipTo(text) {
        let depth = 0;
        for (; this.i < this.t.length; ) {
          let x = this.next().text;
          if (x === "(" || x === "{" || x === "[") depth++;
          else if (x === ")" || x === "}" || x === "]") depth--;
          else if (x === text && depth === 0) return;
        }
      }
      closing(open, o, c) {
        let depth = 0;
        for (let j = open; j < this.t.length; j++)
          if (this.t[j].text === o) depth++;
          else if (this.t[j].text === c && --depth === 0) return j;
        fail(`unbalanced ${o}`);
      }
      /** Tokens up to one of `stops` at depth 0 (not consumed). */
      until(stops) {
        let out = [], depth = 0;
        for (; this.i < this.t.length; ) {
          let x = this.peek().text;
          if (depth === 0 && stops.includes(x)) break;
          x === "(" || x === "{" || x === "[" ? depth++ : (x === ")" || x === "}" || x === "]") && depth--, out.push(this.next());
        }
        return out;
      }
      attributes() {
        let out = [];
        for (; ; ) {
          let t = this.peek();
          if (!t) return out;
          if (ATTRIBUTE_WORDS.has(t.text)) {
            this.i++;
            let close = this.closing(this.i, "(", ")"), inner = this.t.slice(this.i + 2, close - 1);
            this.i = close + 1, this.t[close - 1]?.text !== ")" && fail("malformed attribute"), out.push(...splitAttributes(inner));
          } else if (ASM_WORDS.has(t.text)) {
            this.i++;
            let close = this.closing(this.i, "(", ")");
            this.i = close + 1;
          } else if (t.text === "_Alignas") {
            this.i++;
            let close = this.closing(this.i, "(", ")");
            out.push({ name: "aligned", args: this.t.slice(this.i + 1, close) }), this.i = close + 1;
          } else
            return out;
        }
      }
      specifiers(allowStorage) {
        let storage = [], attrs = [], prims = [], type, isConst = !1;
        for (; ; ) {
          let t = this.peek();
          if (!t || t.kind !== "ident") break;
          let x = t.text;
          if (STORAGE.has(x))
            allowStorage || fail(`storage class ${x} here`), storage.push(x.replace(/^__inline(__)?$/, "inline")), this.i++;
          else if (QUALIFIERS.has(x))
            /const/.test(x) && (isConst = !0), this.i++;
          else if (IGNORED.has(x))
            this.i++;
          else if (ATTRIBUTE_WORDS.has(x) || ASM_WORDS.has(x) || x === "_Alignas")
            attrs.push(...this.attributes());
          else if (UNSUPPORTED.has(x))
            fail(`${x} is not supported`);
          else if (PRIMS.has(x))
            type && fail("two types"), prims.push(x), this.i++;
          else if (TAGS.has(x))
            (type || prims.length) && fail("two types"), type = this.tag();
          else if (!type && !prims.length)
            type = { kind: "typedef", name: x }, this.i++;
          else
            break;
        }
        return prims.length && (type = { kind: "prim", name: primOf(prims) }), type || fail(`no type at ${this.peek()?.text ?? "end"}`), { storage, type: isConst ? { ...type, const: !0 } : type, attrs };
      }
      tag() {
        let kw = this.next().text, attrs = this.attributes(), nameToken;
        if (this.peek()?.kind === "ident" && !ATTRIBUTE_WORDS.has(this.peek().text) && (nameToken = this.next()), attrs.push(...this.attributes()), !this.eat("{"))
          return nameToken || fail("an anonymous tag without a body"), { kind: "tag", tag: kw, name: nameToken.text, nameToken };
        let body = { attrs };
        return kw === "enum" ? body.enumerators = this.enumerators() : body.members = this.members(), body.attrs.push(...this.attributes()), { kind: "tag", tag: kw, name: nameToken?.text, nameToken, body };
      }
      enumerators() {
        let out = [];
        for (; !this.eat("}"); ) {
          let name = this.next();
          name.kind !== "ident" && fail("an enumerator is not a name"), this.attributes();
          let value;
          if (this.eat("=") && (value = this.until([",", "}"])), out.push({ name: name.text, token: name, value }), !this.eat(",")) {
            this.expect("}");
            break;
          }
        }
        return out;
      }
      members() {
        let out = [];
        for (; !this.eat("}"); ) {
          if (this.eat(";")) continue;
          let t = this.peek();
          if (t?.text === "_Static_assert" || t?.text === "static_assert") {
            this.skipTo(";");
            continue;
          }
          let specs = this.specifiers(!1);
          if (this.eat(";")) {
            out.push({ type: specs.type, attrs: specs.attrs });
            continue;
          }
          for (; ; ) {
            let d = { type: specs.type, attrs: [] };
            this.peek()?.text !== ":" && (d = this.declarator(specs.type, !1));
            let attrs = [...specs.attrs, ...d.attrs, ...this.attributes()], bits;
            if (this.eat(":") && (bits = this.until([",", ";"]), attrs.push(...this.attributes())), out.push({ name: d.name, nameToken: d.nameToken, type: d.type, bits, attrs }), !this.eat(",")) {
              this.expect(";");
              break;
            }
          }
        }
        return out;
      }
      /**
       * A declarator around `base`; `abstract` allows it to have no name. Pointers bind to the
       * base, then array and function suffixes (outermost first), then a parenthesised inner
       * declarator wraps the result.
       */
      declarator(base, abstract) {
        let pointers = [], attrs = [];
        for (; this.eat("*"); ) {
          let c = !1;
          for (; ; ) {
            let x = this.peek()?.text;
            if (x && QUALIFIERS.has(x))
              /const/.test(x) && (c = !0), this.i++;
            else if (x && ATTRIBUTE_WORDS.has(x))
              attrs.push(...this.attributes());
            else break;
          }
          pointers.push(c);
        }
        attrs.push(...this.attributes());
        let nameToken, inner, p = this.peek();
        if (p?.kind === "ident" && !ATTRIBUTE_WORDS.has(p.text))
          nameToken = this.next();
        else if (p?.text === "(" && this.nestedDeclaratorAhead()) {
          this.i++;
          let start = this.i;
          this.declarator({ kind: "prim", name: "int" }, abstract);
          let end = this.i;
          this.expect(")");
          let tokens = this.t.slice(start, end);
          inner = (t) => new _DeclParser(tokens).declarator(t, abstract);
        } else abstract || fail(`expected a name at ${p?.text ?? "end"}`);
        let suffixes = [];
        for (; ; )
          if (this.eat("[")) {
            let size = this.until(["]"]);
            this.expect("]"), suffixes.push((t) => ({ kind: "array", of: t, size: size.length ? size : void 0 }));
          } else if (this.peek()?.text === "(") {
            let fn = this.parameters();
            suffixes.push((t) => ({ kind: "function", ret: t, ...fn }));
          } else break;
        let type = base;
        for (let c of pointers) type = c ? { kind: "pointer", to: type, const: !0 } : { kind: "pointer", to: type };
        for (let i = suffixes.length - 1; i >= 0; i--) type = suffixes[i](type);
        if (inner) {
          let r = inner(type);
          return { ...r, attrs: [...attrs, ...r.attrs] };
        }
        return { name: nameToken?.text, nameToken, type, attrs };
      }
      /** After `(`: a parenthesised declarator (`(*f)`, `(name)`), not a parameter list. */
      nestedDeclaratorAhead() {
        let n = this.peek(1);
        return n ? n.text === "*" || n.text === "(" || n.text === "^" ? !0 : n.kind !== "ident" ? !1 : !PRIMS.has(n.text) && !TAGS.has(n.text) && !QUALIFIERS.has(n.text) && !ATTRIBUTE_WORDS.has(n.text) && this.peek(2)?.text === ")" : !1;
      }
      parameters() {
        if (this.expect("("), this.eat(")")) return { params: [], variadic: !1, prototyped: !1 };
        if (this.peek()?.text === "void" && this.peek(1)?.text === ")")
          return this.i += 2, { params: [], variadic: !1, prototyped: !0 };
        let params = [], variadic = !1;
        for (; ; ) {
          if (this.eat("...")) {
            variadic = !0, this.expect(")");
            break;
          }
          let specs = this.specifiers(!0);
          specs.storage.some((s) => s !== "register") && fail("storage class on a parameter");
          let d = this.declarator(specs.type, !0);
          if (this.attributes(), params.push({ name: d.name, type: d.type }), this.eat(")")) break;
          this.expect(",");
        }
        return { params, variadic, prototyped: !0 };
      }
    };
  }
});

// server/src/core/c/program.ts
function mayDeclare(tokens, name) {
  let braces = [], parens = 0;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i], x = t.text;
    if (x === "{") {
      braces.push(isEnumBody(tokens, i) ? "enum" : "other");
      continue;
    }
    if (x === "}") {
      braces.pop();
      continue;
    }
    if (x === "(" ? parens++ : x === ")" && parens--, t.kind !== "ident" || x !== name) continue;
    let prev = tokens[i - 1]?.text, next = tokens[i + 1]?.text;
    if (prev && TAGS2.has(prev)) {
      if (next === "{" || next === ";" || next?.startsWith("__") && tokens.slice(i + 1, i + 8).some((n) => n.text === "{")) return !0;
      continue;
    }
    if (braces[braces.length - 1] === "enum" && (prev === "{" || prev === ",")) return !0;
    if (!braces.length) {
      if (parens > 0) {
        if ((prev === "*" || prev === "(") && next === ")" && (prev === "*" || tokens[i + 2]?.text === "(")) return !0;
        continue;
      }
      if (next === void 0 || DECLARING_NEXT.has(next)) return !0;
    }
  }
  return !1;
}
function isEnumBody(tokens, open) {
  return tokens[open - 1]?.text === "enum" || tokens[open - 2]?.text === "enum" && tokens[open - 1]?.kind === "ident";
}
function collectEntries(d, name, file, state, out) {
  if (d.name === name && d.nameToken) {
    let kind = d.storage.includes("typedef") ? "typedef" : d.type.kind === "function" ? "function" : "variable";
    out.push({ kind, name, file, token: d.nameToken, state, decl: d });
  }
  let typedefName = d.storage.includes("typedef") ? d.name : void 0;
  walkTags(baseOf(d.type), [], (t, parents) => {
    if (t.kind !== "tag") return;
    let named = parents.length === 0 && !t.name ? typedefName : void 0;
    t.name === name && t.nameToken && out.push({ kind: "tag", name, file, token: t.nameToken, state, type: t, parents, typedefName: named }), t.body?.enumerators?.forEach((e, index) => {
      e.name === name && out.push({ kind: "enumerator", name, file, token: e.token, state, type: t, index, parents, typedefName: named });
    });
  });
}
function baseOf(t) {
  for (let i = 0; i < 64; i++)
    if (t.kind === "pointer") t = t.to;
    else if (t.kind === "array") t = t.of;
    else if (t.kind === "function") t = t.ret;
    else return t;
  return t;
}
function walkTags(t, parents, visit, depth = 0) {
  if (!(depth > 64 || t.kind !== "tag")) {
    visit(t, parents);
    for (let m of t.body?.members ?? []) walkTags(baseOf(m.type), [...parents, t.name], visit, depth + 1);
  }
}
function sameType(a, b, depth = 0) {
  if (depth > 64 || a.kind !== b.kind || !!a.const != !!b.const) return !1;
  switch (a.kind) {
    case "prim":
      return a.name === b.name;
    case "typedef":
      return a.name === b.name;
    case "tag": {
      let o = b;
      return a.tag === o.tag && a.name === o.name && !!a.body == !!o.body && (a.name !== void 0 || a === o);
    }
    case "pointer":
      return sameType(a.to, b.to, depth + 1);
    case "array": {
      let o = b;
      return sameType(a.of, o.of, depth + 1) && (a.size?.map((t) => t.text).join(" ") ?? "") === (o.size?.map((t) => t.text).join(" ") ?? "");
    }
    case "function": {
      let o = b;
      return a.variadic === o.variadic && a.prototyped === o.prototyped && a.params.length === o.params.length && sameType(a.ret, o.ret, depth + 1) && a.params.every((p, i) => sameType(p.type, o.params[i].type, depth + 1));
    }
  }
}
function isWordChar2(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
var DECLARING_NEXT, TAGS2, PRIM_INT, MAX_DEPTH2, MAX_DECLARATION_BYTES, CProgram, init_program = __esm({
  "server/src/core/c/program.ts"() {
    "use strict";
    init_constExpr();
    init_declarations();
    init_translationUnit();
    DECLARING_NEXT = /* @__PURE__ */ new Set(["(", ";", ",", "[", "=", ":", "{", ")", "__attribute__", "__attribute"]), TAGS2 = /* @__PURE__ */ new Set(["struct", "union", "enum"]), PRIM_INT = {
      char: { bits: 8, unsigned: !0 },
      schar: { bits: 8, unsigned: !1 },
      uchar: { bits: 8, unsigned: !0 },
      short: { bits: 16, unsigned: !1 },
      ushort: { bits: 16, unsigned: !0 },
      int: { bits: 32, unsigned: !1 },
      uint: { bits: 32, unsigned: !0 },
      long: { bits: 64, unsigned: !1 },
      ulong: { bits: 64, unsigned: !0 },
      llong: { bits: 64, unsigned: !1 },
      ullong: { bits: 64, unsigned: !0 },
      bool: { bits: 8, unsigned: !0, bool: !0 },
      i128: { bits: 128, unsigned: !1 },
      u128: { bits: 128, unsigned: !0 }
    }, MAX_DEPTH2 = 32, MAX_DECLARATION_BYTES = 1024 * 1024, CProgram = class {
      constructor(tu) {
        this.tu = tu;
      }
      tu;
      #ranges = /* @__PURE__ */ new Map();
      #tokens = /* @__PURE__ */ new Map();
      #parsed = /* @__PURE__ */ new Map();
      #lookups = /* @__PURE__ */ new Map();
      #enumValues = /* @__PURE__ */ new Map();
      #busy = /* @__PURE__ */ new Set();
      #depth = 0;
      /** Where a file's top-level declarations are. */
      ranges(file) {
        let r = this.#ranges.get(file);
        if (!r) {
          let s = this.tu.structure(file);
          this.#ranges.set(file, r = s ? chunkRanges(s) : []);
        }
        return r;
      }
      /** The tokens of a file's `index`-th declaration. */
      chunk(file, index) {
        let key2 = `${file}\0${index}`, c = this.#tokens.get(key2);
        return c || this.#tokens.set(key2, c = chunkTokens(this.tu.structure(file), this.ranges(file)[index])), c;
      }
      /** The declarations of `file` whose range has `name` as a word. */
      #chunksWith(file, name) {
        let text = this.tu.text(file) ?? "", ranges = this.ranges(file), out = [];
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
          if (isWordChar2(text.charCodeAt(at - 1)) || isWordChar2(text.charCodeAt(at + name.length))) continue;
          let lo = 0, hi = ranges.length - 1;
          for (; lo < hi; ) {
            let mid = lo + hi + 1 >> 1;
            ranges[mid].start <= at ? lo = mid : hi = mid - 1;
          }
          ranges[lo] && ranges[lo].start <= at && at < ranges[lo].end && out[out.length - 1] !== lo && out.push(lo);
        }
        return out;
      }
      /** Every declaration of `name` (as a function, variable, typedef, tag or enumerator). */
      find(name) {
        let memo = this.#lookups.get(name);
        if (memo) return memo;
        let result2 = { entries: [] };
        for (let file of this.tu.filesMentioning(name))
          if (this.tu.fileState(file) !== !1)
            for (let i of this.#chunksWith(file, name)) {
              let range = this.ranges(file)[i];
              if (range.end - range.start > MAX_DECLARATION_BYTES) {
                result2.unreadable ??= `a declaration of ${range.end - range.start} bytes, too large to read (${file})`;
                continue;
              }
              if (!mayDeclare(this.chunk(file, i).tokens, name)) continue;
              let parsed = this.parsed(file, i);
              if (parsed.state !== !1) {
                if (!parsed.decls) {
                  result2.unreadable ??= `${parsed.why} (${file})`;
                  continue;
                }
                for (let d of parsed.decls) collectEntries(d, name, file, parsed.state, result2.entries);
              }
            }
        return this.#lookups.set(name, result2), result2;
      }
      /** A chunk with its compiled tokens kept, expanded and parsed. */
      parsed(file, index) {
        let key2 = `${file}\0${index}`, p = this.#parsed.get(key2);
        return p || (p = this.#parse(file, this.chunk(file, index)), this.#parsed.set(key2, p), p);
      }
      #parse(file, chunk) {
        let kept = [], unknownBranch, mixed = !1, anyKnown = !1, states = /* @__PURE__ */ new Map(), end = chunk.body ?? chunk.tokens.length;
        for (let i = 0; i < end; i++) {
          let b = chunk.branches[i], st = states.get(b);
          states.has(b) || states.set(b, st = this.tu.branchState(file, b)), st !== !1 && (kept.push(chunk.tokens[i]), st === void 0 ? (unknownBranch !== void 0 && unknownBranch !== b && (mixed = !0), unknownBranch = b) : anyKnown = !0);
        }
        if (!kept.length) return { state: !1 };
        let state = and3(this.tu.fileState(file), () => unknownBranch === void 0 ? !0 : void 0);
        if (unknownBranch !== void 0 && (mixed || anyKnown))
          return { state, why: "an `#if` inside the declaration cannot be decided" };
        let budget = { left: EXPANSION_BUDGET }, expanded = this.tu.expand(kept, { file, offset: kept[0].offset }, budget);
        if (!expanded) return { state, why: `a macro in it cannot be expanded: ${budget.failed ?? "unknown"}` };
        chunk.body !== void 0 && expanded.push(chunk.tokens[chunk.body], { kind: "punct", text: "}", offset: -1 });
        let r = parseDeclarations(expanded);
        return r.ok ? { state, decls: r.decls } : { state, why: r.why };
      }
      /** The type a typedef names, when exactly one definition of it is compiled. */
      typedef(name) {
        let found = this.find(name), defs = found.entries.filter((e) => e.kind === "typedef" && e.state !== !1);
        if (!defs.length || found.unreadable || defs.some((e) => e.state !== !0)) return;
        let first = defs[0];
        if (!defs.some((e) => !sameType(e.decl.type, first.decl.type)))
          return { type: first.decl.type, entry: first };
      }
      /** Whether `name` is surely not a typedef (no compiled typedef of it, nothing unreadable). */
      notTypedef(name) {
        let found = this.find(name);
        return !found.unreadable && !found.entries.some((e) => e.kind === "typedef" && e.state !== !1);
      }
      /** The integer type of a C type (typedefs followed), 'pointer', null for other types, undefined when unknown. */
      intType(t, depth = 0) {
        if (!(depth > MAX_DEPTH2))
          switch (t.kind) {
            case "prim":
              return PRIM_INT[t.name] ?? null;
            case "pointer":
              return "pointer";
            case "typedef": {
              let td = this.typedef(t.name);
              return td ? this.intType(td.type, depth + 1) : void 0;
            }
            case "tag": {
              if (t.tag !== "enum") return null;
              let e = this.enumType(t);
              return e === void 0 ? void 0 : e;
            }
            default:
              return null;
          }
      }
      /**
       * An enum's integer type as clang picks it: `unsigned int` unless a value is negative or
       * needs more; for a `packed` enum the smallest type that holds every value.
       */
      enumType(t) {
        let body = t.kind === "tag" ? t.body ?? this.tagDefinition("enum", t.name)?.type.body : void 0;
        if (!body?.enumerators || body.attrs.some((a) => a.name !== "packed")) return;
        let values = this.enumValues({ kind: "tag", tag: "enum", body });
        if (!values || values.some((v) => !v)) return;
        let vs = values.map((v) => v.v), min = vs.reduce((a, b) => b < a ? b : a, 0n), max = vs.reduce((a, b) => b > a ? b : a, 0n), packed = body.attrs.length > 0;
        for (let bits of packed ? [8, 16, 32, 64] : [32, 64]) {
          let b = BigInt(bits);
          if (min < 0n ? min >= -(1n << b - 1n) && max < 1n << b - 1n : max < 1n << b) return { bits, unsigned: min >= 0n };
        }
      }
      /** The one compiled definition (with a body) of `struct|union|enum name`, if known. */
      tagDefinition(tag, name) {
        if (!name) return;
        let found = this.find(name), defs = found.entries.filter((e) => e.kind === "tag" && e.type?.kind === "tag" && e.type.tag === tag && e.type.body && e.state !== !1);
        if (!(defs.length !== 1 || defs[0].state !== !0 || found.unreadable))
          return defs[0];
      }
      /** The values of an enum's enumerators (undefined for one that cannot be computed). */
      enumValues(t) {
        if (t.kind !== "tag" || !t.body?.enumerators) return;
        if (this.#enumValues.has(t.body)) return this.#enumValues.get(t.body);
        let key2 = `enum:${t.body.enumerators[0]?.name}`;
        if (this.#busy.has(key2)) return;
        this.#busy.add(key2);
        let out = [], names = /* @__PURE__ */ new Map(), prev = { v: -1n, unsigned: !1, bits: 32 };
        try {
          for (let e of t.body.enumerators) {
            let v;
            if (e.value) {
              let r = this.evaluate(e.value, names);
              v = r.kind === "value" ? r.value : void 0;
            } else prev && (v = { v: prev.v + 1n, unsigned: prev.unsigned, bits: prev.bits });
            v && (v = { v: v.v, unsigned: !1, bits: v.v >= -(1n << 31n) && v.v < 1n << 31n ? 32 : 64 }), names.set(e.name, v), out.push(v), prev = v;
          }
        } finally {
          this.#busy.delete(key2);
        }
        return this.#enumValues.set(t.body, out), out;
      }
      /** The value of an enumerator of the unit, by name. */
      enumeratorValue(name) {
        let found = this.find(name), es = found.entries.filter((e) => e.kind === "enumerator" && e.state !== !1);
        if (!(found.unreadable || es.some((e) => e.state !== !0)))
          return es.length !== 1 ? es.length ? void 0 : null : this.enumValues(es[0].type)?.[es[0].index];
      }
      /** A C constant expression over expanded tokens; `local` holds the enumerators seen so far in an enum. */
      evaluate(tokens, local) {
        if (this.#depth > MAX_DEPTH2) return { kind: "unknown" };
        this.#depth++;
        try {
          return evaluate([...tokens], {
            identifier: (name) => local?.has(name) ? local.get(name) : this.enumeratorValue(name),
            typeName: (ts) => {
              let t = parseTypeName(ts);
              return !t || t.kind === "typedef" && this.notTypedef(t.name) ? null : this.intType(t);
            }
          });
        } finally {
          this.#depth--;
        }
      }
      /** A value converted to an integer type, as an initializer of that type stores it. */
      static convert(v, to) {
        return to.bool ? v.v !== 0n ? 1n : 0n : normalize(v.v, to.bits, to.unsigned);
      }
    };
  }
});

// server/src/core/index/bindgenSpelling.ts
function unknown2(why) {
  throw new Unknown(why);
}
function paramNames(f) {
  let unnamed = 0;
  return f.params.map((p) => p.name ? mangle(p.name) : `arg${++unnamed}`);
}
function mangle(name) {
  return MANGLED.has(name) ? name + "_" : name;
}
function unmangle(name) {
  return name.endsWith("_") && MANGLED.has(name.slice(0, -1)) ? name.slice(0, -1) : name;
}
function enumRust(prefix, t) {
  let pair = { 8: ["c_uchar", "c_schar"], 16: ["c_ushort", "c_short"], 32: ["c_uint", "c_int"], 64: ["c_ulong", "c_long"] }[t.bits];
  return pair || unknown2(`an enum of ${t.bits} bits`), `${prefix}::${pair[t.unsigned ? 0 : 1]}`;
}
function alignOf(attrs, program) {
  let out;
  for (let a of attrs) {
    if (a.name !== "aligned") continue;
    let n = 16;
    if (a.args.length) {
      let r = program.evaluate(a.args);
      if (r.kind !== "value") return "unknown";
      n = Number(r.value.v);
    }
    out = Math.max(out ?? 0, n);
  }
  return out;
}
var Unknown, MANGLED, NAMED_INTEGERS, PRIM_NAMES, PRIM_ALIGN, BindgenSpelling, init_bindgenSpelling = __esm({
  "server/src/core/index/bindgenSpelling.ts"() {
    "use strict";
    Unknown = class extends Error {
    };
    MANGLED = /* @__PURE__ */ new Set([
      "abstract",
      "alignof",
      "as",
      "async",
      "become",
      "box",
      "break",
      "const",
      "continue",
      "crate",
      "do",
      "dyn",
      "else",
      "enum",
      "extern",
      "false",
      "final",
      "fn",
      "for",
      "if",
      "impl",
      "in",
      "let",
      "loop",
      "macro",
      "match",
      "mod",
      "move",
      "mut",
      "offsetof",
      "override",
      "priv",
      "proc",
      "pub",
      "pure",
      "ref",
      "return",
      "Self",
      "self",
      "sizeof",
      "static",
      "struct",
      "super",
      "trait",
      "true",
      "try",
      "type",
      "typeof",
      "unsafe",
      "unsized",
      "use",
      "virtual",
      "where",
      "while",
      "yield",
      "str",
      "bool",
      "f32",
      "f64",
      "usize",
      "isize",
      "u128",
      "i128",
      "u64",
      "i64",
      "u32",
      "i32",
      "u16",
      "i16",
      "u8",
      "i8",
      "_"
    ]);
    NAMED_INTEGERS = new Map(Object.entries({
      size_t: { rust: "usize", align: 8 },
      uintptr_t: { rust: "usize", align: 8 },
      ssize_t: { rust: "isize", align: 8 },
      ptrdiff_t: { rust: "isize", align: 8 },
      intptr_t: { rust: "isize", align: 8 },
      int8_t: { rust: "i8", align: 1 },
      uint8_t: { rust: "u8", align: 1 },
      int16_t: { rust: "i16", align: 2 },
      uint16_t: { rust: "u16", align: 2 },
      int32_t: { rust: "i32", align: 4 },
      uint32_t: { rust: "u32", align: 4 },
      int64_t: { rust: "i64", align: 8 },
      uint64_t: { rust: "u64", align: 8 }
    })), PRIM_NAMES = {
      char: "c_char",
      schar: "c_schar",
      uchar: "c_uchar",
      short: "c_short",
      ushort: "c_ushort",
      int: "c_int",
      uint: "c_uint",
      long: "c_long",
      ulong: "c_ulong",
      llong: "c_longlong",
      ullong: "c_ulonglong"
    }, PRIM_ALIGN = {
      char: 1,
      schar: 1,
      uchar: 1,
      bool: 1,
      short: 2,
      ushort: 2,
      int: 4,
      uint: 4,
      float: 4,
      long: 8,
      ulong: 8,
      llong: 8,
      ullong: 8,
      double: 8,
      i128: 16,
      u128: 16
    };
    BindgenSpelling = class {
      constructor(program, prefix) {
        this.program = program;
        this.prefix = prefix;
      }
      program;
      prefix;
      #layouts = /* @__PURE__ */ new Map();
      /** The Rust spelling of `t` at `pos`; `anon` names the anonymous aggregates of a struct's fields. */
      rust(t, pos, anon, depth = 0) {
        depth > 32 && unknown2("type nested too deeply");
        let p = this.prefix;
        switch (t.kind) {
          case "prim": {
            if (t.name === "void") {
              if (pos === "pointee" || pos === "alias") return `${p}::c_void`;
              unknown2("void here");
            }
            if (t.name === "bool") return "bool";
            if (t.name === "float") return "f32";
            if (t.name === "double") return "f64";
            if (t.name === "i128" || t.name === "u128") return t.name;
            let n = PRIM_NAMES[t.name];
            return n || unknown2(`C type ${t.name}`), `${p}::${n}`;
          }
          case "typedef": {
            let named = NAMED_INTEGERS.get(t.name);
            if (named) return named.rust;
            if ((t.name === "va_list" || t.name === "__gnuc_va_list" || t.name.startsWith("__builtin_")) && unknown2(`${t.name} (bindgen spells it per target)`), pos === "param") {
              let r = this.resolved(t);
              if (r.kind === "array" || r.kind === "function") return this.rust(r, pos, anon, depth + 1);
            }
            return mangle(t.name);
          }
          case "tag": {
            if (t.name) return mangle(t.name);
            if (t.tag !== "enum" && anon && t.body) return anon(t);
            unknown2(`an anonymous ${t.tag}${t.tag === "enum" ? " (bindgen numbers it _bindgen_ty_N across the whole file)" : ""}`);
          }
          case "pointer": {
            let to = t.to, target = this.resolved(to);
            return target.kind === "function" ? to.kind === "typedef" ? mangle(to.name) : this.fnPointer(target, depth) : `*${to.const ? "const" : "mut"} ${this.rust(to, "pointee", anon, depth + 1)}`;
          }
          case "array": {
            if (pos === "param")
              return t.size && this.arraySize(t.size), `*${t.of.const ? "const" : "mut"} ${this.rust(t.of, "pointee", anon, depth + 1)}`;
            let el = this.rust(t.of, "element", anon, depth + 1), n = t.size ? this.arraySize(t.size) : 0n;
            return `[${el}; ${n}usize]`;
          }
          case "function":
            if (pos === "param" || pos === "alias") return this.fnPointer(t, depth);
            unknown2("a function type here");
        }
      }
      arraySize(size) {
        let r = this.program.evaluate(size);
        return (r.kind !== "value" || r.value.v < 0n) && unknown2(`array size ${size.map((s) => s.text).join(" ")}`), r.value.v;
      }
      /** `::core::option::Option<unsafe extern "C" fn(…) -> R>` */
      fnPointer(f, depth = 0) {
        return `::core::option::Option<unsafe extern "C" fn(${this.params(f, depth).join(", ")})${this.returns(f.ret, depth)}>`;
      }
      /** Parameters as `name: Type`, `...` for a variadic function. */
      params(f, depth = 0) {
        let names = paramNames(f), out = f.params.map((p, i) => `${names[i]}: ${this.rust(p.type, "param", void 0, depth + 1)}`);
        return f.variadic && out.push("..."), out;
      }
      /** ` -> R`, or '' for `void`. */
      returns(t, depth = 0) {
        return t.kind === "prim" && t.name === "void" ? "" : ` -> ${this.rust(t, "return", void 0, depth + 1)}`;
      }
      /** `t` with typedefs followed (to what a parameter decays to or a pointer points at); unknown when a typedef is. */
      resolved(t, depth = 0) {
        if (t.kind !== "typedef" || NAMED_INTEGERS.get(t.name)) return t;
        depth > 32 && unknown2("typedef chain too long");
        let td = this.program.typedef(t.name);
        return td || unknown2(`typedef ${t.name} (no single compiled definition)`), this.resolved(td.type, depth + 1);
      }
      /**
       * The layout facts of a type held by value: its alignment, and whether it holds a flexible
       * array. A string says why bindgen's output is not certain (packing, an alignment attribute
       * above the natural one: bindgen inserts padding the model does not compute).
       */
      layout(t, depth = 0) {
        if (depth > 24) return "nested too deeply";
        switch (t.kind) {
          case "prim": {
            let a = PRIM_ALIGN[t.name];
            return a ? { align: a, flexible: !1 } : `C type ${t.name}`;
          }
          case "pointer":
            return { align: 8, flexible: !1 };
          case "array":
            return this.layout(t.of, depth + 1);
          case "function":
            return "a function held by value";
          case "typedef": {
            let named = NAMED_INTEGERS.get(t.name);
            if (named) return { align: named.align, flexible: !1 };
            let td = this.program.typedef(t.name);
            return td ? this.layout(td.type, depth + 1) : `typedef ${t.name} unknown`;
          }
          case "tag": {
            if (t.tag === "enum") {
              let e = this.program.enumType(t);
              return e ? { align: e.bits / 8, flexible: !1 } : `enum ${t.name ?? "(anonymous)"} unknown`;
            }
            let key2 = t.name ? `${t.tag} ${t.name}` : void 0, memo = key2 ? this.#layouts.get(key2) : void 0;
            if (memo) return memo;
            key2 && this.#layouts.set(key2, "a recursive type");
            let body = t.body ?? this.program.tagDefinition(t.tag, t.name)?.type.body, result2 = body ? this.bodyLayout(body, depth, t.tag === "union") : `${t.tag} ${t.name} has no single compiled definition`;
            return key2 && this.#layouts.set(key2, result2), result2;
          }
        }
      }
      /**
       * The layout of a struct or union body. bindgen pads before a member aligned above its
       * type's needs, or of an over-aligned type, unless it is the first member (offset 0 is
       * aligned to anything): such a body is not certain. The body's own alignment attribute
       * only becomes `#[repr(align(N))]`, and makes it over-aligned for the structs holding it.
       */
      bodyLayout(body, depth, union) {
        if (body.attrs.some((a) => a.name === "packed")) return "packed";
        let align = 1, flexible = !1;
        for (let [i, m] of (body.members ?? []).entries()) {
          let l = this.layout(m.type, depth + 1);
          if (typeof l == "string") return l;
          let explicit2 = alignOf(m.attrs, this.program);
          if (explicit2 === "unknown") return "an alignment attribute that cannot be evaluated";
          if ((explicit2 !== void 0 && explicit2 > l.align || l.overAligned) && (i > 0 || union)) return `a member aligned to ${Math.max(explicit2 ?? 0, l.align)}`;
          align = Math.max(align, l.align, explicit2 ?? 0), flexible ||= l.flexible || m.type.kind === "array" && !m.type.size;
        }
        let explicit = alignOf(body.attrs, this.program);
        return explicit === "unknown" ? "an alignment attribute that cannot be evaluated" : { align: Math.max(align, explicit ?? 0), flexible, overAligned: explicit !== void 0 && explicit > align };
      }
    };
  }
});

// server/src/core/index/headerBindings.ts
function parseBindgenParameters(text) {
  let out = { blocklistTypes: [], blocklistFunctions: [], blocklistItems: [], blocklistVars: [], opaqueTypes: [] }, lists = {
    "--blocklist-type": out.blocklistTypes,
    "--blocklist-function": out.blocklistFunctions,
    "--blocklist-item": out.blocklistItems,
    "--blocklist-var": out.blocklistVars,
    "--opaque-type": out.opaqueTypes
  }, words2 = text.split(/\r?\n/).filter((l) => !/^\s*(#|$)/.test(l)).flatMap((l) => l.trim().split(/\s+/));
  for (let i = 0; i < words2.length; i++) {
    let list = lists[words2[i]];
    if (!(!list || i + 1 >= words2.length))
      try {
        list.push(new RegExp(`^(?:${words2[++i]})$`));
      } catch {
      }
  }
  return out;
}
function ctypesPrefix(makefile, mapping) {
  let m = makefile && /--ctypes-prefix[ =]+([A-Za-z_:]+)/.exec(makefile);
  return m ? m[1] : mapping === "kernel" ? "ffi" : "core::ffi";
}
function rustType(text) {
  return typeFromText(text) ?? { kind: "other", text };
}
function matches(list, name) {
  return list.some((r) => r.test(name));
}
function firstCompiled(entries, lookup, program, what) {
  let live = entries.filter((e) => e.state !== !1), order = new Map(live.map((e) => [e, { file: e.file, offset: e.token.offset }]));
  live.sort((a, b) => program.tu.before(order.get(a), order.get(b)) ? -1 : program.tu.before(order.get(b), order.get(a)) ? 1 : 0);
  for (let e of live) {
    if (e.state === !0) return e;
    unknown2(`${what} declared under an \`#if\` that cannot be decided without the build's configuration`);
  }
  lookup.unreadable && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
}
function certain(entries, lookup, same2, what) {
  let live = entries.filter((e) => e.state !== !1), sure = live.find((e) => e.state === !0);
  if (!sure) {
    live.length && unknown2(`${what} declared under an \`#if\` that cannot be decided without the build's configuration`), lookup.unreadable && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
    return;
  }
  return live.some((e) => !same2(e, sure)) && unknown2(`${what} declared differently in several places`), sure;
}
function enumBody(e) {
  let t = e.kind === "typedef" ? e.decl.type : e.kind === "tag" ? e.type : void 0;
  return t?.kind === "tag" && t.tag === "enum" && (e.kind === "tag" || !t.name) ? t.body : void 0;
}
function innermost(t) {
  let x = t;
  for (let i = 0; i < 64 && x.kind === "array"; i++) x = x.of;
  return x;
}
function convertTo(v, to) {
  return to.bool ? v !== 0n ? 1n : 0n : to.unsigned ? BigInt.asUintN(to.bits, v) : BigInt.asIntN(to.bits, v);
}
function byteEscape(b) {
  return b === 34 ? '\\"' : b === 92 ? "\\\\" : b === 10 ? "\\n" : b === 13 ? "\\r" : b === 9 ? "\\t" : b >= 32 && b < 127 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
}
function evaluateCexpr(body, identifier) {
  if (!body.length || body.length === 1 && body[0].kind === "string" && !literalBytes(body[0].text)) return null;
  let r = evaluate(body, { cexpr: !0, identifier });
  switch (r.kind) {
    case "value":
      return { v: r.value.v };
    case "string":
      return { bytes: r.bytes };
    case "char":
      return { char: r.value };
    case "unknown":
      return;
    default:
      return null;
  }
}
var NO_PARAMETERS, MAX_NAME, Derived, HeaderBindings, HelperBindings, init_headerBindings = __esm({
  "server/src/core/index/headerBindings.ts"() {
    "use strict";
    init_constExpr();
    init_text();
    init_typeText();
    init_bindgenSpelling();
    NO_PARAMETERS = { blocklistTypes: [], blocklistFunctions: [], blocklistItems: [], blocklistVars: [], opaqueTypes: [] };
    MAX_NAME = 256, Derived = class {
      /** `program` is called on the first lookup: reading the headers waits until a name is asked for. */
      constructor(file, source, program, prefix) {
        this.file = file;
        this.source = source;
        this.#program = program, this.#prefix = prefix;
      }
      file;
      source;
      #derived = /* @__PURE__ */ new Map();
      #lines = /* @__PURE__ */ new Map();
      #program;
      #prefix;
      #spelling;
      get program() {
        return this.spelling.program;
      }
      warmUp() {
        this.program.tu.filesMentioning(this.file);
      }
      get spelling() {
        return this.#spelling ??= new BindgenSpelling(this.#program(), this.#prefix);
      }
      names(kind) {
        let out = [];
        for (let [name, d] of this.#derived) d.items.some((i) => i.kind === kind) && out.push(name);
        return out;
      }
      count(kind) {
        let n = 0;
        for (let d of this.#derived.values()) d.items.some((i) => i.kind === kind) && n++;
        return n;
      }
      has(kind, name) {
        return this.derive(name).items.some((i) => i.kind === kind);
      }
      get(kind, name) {
        return this.derive(name).items.find((i) => i.kind === kind)?.item;
      }
      derive(name) {
        let d = this.#derived.get(name);
        return d || (d = { items: [], unknown: [] }, /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name.length <= MAX_NAME && this.compute(name, d), this.#derived.set(name, d), d);
      }
      /** Runs one kind's derivation; an `Unknown` becomes a reason instead of an item. */
      attempt(d, what, f, at) {
        try {
          f();
        } catch (e) {
          if (!(e instanceof Unknown)) throw e;
          d.unknown.push({ why: `${what}: ${e.message}`, ...at ? { file: at.file, range: this.range(at.file, at.token) } : {} });
        }
      }
      range(file, token) {
        let starts = this.#lines.get(file);
        starts || this.#lines.set(file, starts = lineStarts(this.program.tu.text(file) ?? ""));
        let start = positionAt(starts, Math.max(0, token.offset));
        return { start, end: { line: start.line, character: start.character + token.text.length } };
      }
      located(name, at) {
        return { name, file: at.file, nameRange: this.range(at.file, at.token), source: this.source, fromHeaders: !0 };
      }
      functionItem(rust, at, f, linkName) {
        let params = this.spelling.params(f), ret = this.spelling.returns(f.ret), names = paramNames(f);
        return { kind: "functions", item: {
          ...this.located(rust, at),
          params: f.params.map((p, i) => ({ name: names[i], type: rustType(this.spelling.rust(p.type, "param")) })),
          returnType: ret ? rustType(ret.slice(4)) : { kind: "tuple", elements: [] },
          variadic: f.variadic,
          linkName,
          mustUse: at.decl.attrs.some((a) => a.name === "warn_unused_result"),
          unsafeExtern: !1
        }, declaration: `pub fn ${rust}(${params.join(", ")})${ret};` };
      }
    };
    HeaderBindings = class extends Derived {
      constructor(root, source, program, prefix, parameters) {
        super(root, source, program, prefix);
        this.parameters = parameters;
      }
      parameters;
      compute(rust, d) {
        let cname = unmangle(rust);
        if (mangle(cname) !== rust) return;
        let lookup = this.program.find(cname);
        this.attempt(d, "constant", () => this.constHelper(rust, d));
        let first = (kind) => lookup.entries.find((e) => e.kind === kind && e.state !== !1);
        this.attempt(d, "function", () => this.function(rust, cname, lookup, d), first("function")), this.attempt(d, "static", () => this.variable(rust, cname, lookup, d), first("variable")), this.attempt(d, "type", () => this.typedef(rust, cname, lookup, d), first("typedef")), this.attempt(d, "struct", () => this.tag(rust, cname, lookup, d), first("tag")), d.items.some((i) => i.kind === "consts") || (this.attempt(d, "constant", () => this.macroConstant(rust, cname, d)), d.items.some((i) => i.kind === "consts") || this.attempt(d, "constant", () => this.enumConstant(rust, lookup, d), first("enumerator"))), d.items.length && (d.unknown = []);
      }
      /** `const T RUST_CONST_HELPER_X = …;` in the root header: bindgen evaluates it, the build renames it `X`. */
      constHelper(rust, d) {
        let lookup = this.program.find(`RUST_CONST_HELPER_${rust}`), entries = lookup.entries.filter((e) => e.kind === "variable" && e.file === this.file), at = firstCompiled(entries, lookup, this.program, "the constant helper");
        if (!at) return;
        let c = this.constVariable(rust, at);
        c && d.items.push(c);
      }
      /** A `const` integer variable with an initializer: what bindgen makes a `pub const` of. */
      constVariable(rust, at) {
        let decl = at.decl;
        if (!decl.init || !decl.type.const) return;
        let int = this.program.intType(decl.type);
        (!int || int === "pointer") && unknown2("a constant whose type is not an integer type the model knows");
        let r = this.program.evaluate(decl.init);
        r.kind !== "value" && unknown2(`its value ${decl.init.map((t) => t.text).join(" ")} cannot be computed from the headers`);
        let v = convertTo(r.value.v, int), type = this.spelling.rust({ ...decl.type, const: !1 }, "static"), value = int.bool ? String(v !== 0n) : v.toString();
        return { kind: "consts", item: { ...this.located(rust, at), type: rustType(type), value }, declaration: `pub const ${rust}: ${type} = ${value};` };
      }
      function(rust, cname, lookup, d) {
        let all = lookup.entries.filter((e) => e.kind === "function"), externs = all.filter((e) => !e.decl.storage.includes("static"));
        if (!externs.length) {
          lookup.unreadable && !all.some((e) => e.state === !0) && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
          return;
        }
        if (matches(this.parameters.blocklistFunctions, cname) || matches(this.parameters.blocklistItems, cname)) return;
        let at = firstCompiled(externs, lookup, this.program, "the function");
        at && (all.some((e) => e.state === !0 && e.decl.storage.includes("static")) && unknown2("declared both `static` and extern"), d.items.push(this.functionItem(rust, at, at.decl.type)));
      }
      variable(rust, cname, lookup, d) {
        let entries = lookup.entries.filter((e) => e.kind === "variable" && !e.decl.storage.includes("static"));
        if (!entries.length) {
          lookup.unreadable && !lookup.entries.some((e) => e.state === !0) && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
          return;
        }
        if (matches(this.parameters.blocklistVars, cname) || matches(this.parameters.blocklistItems, cname)) return;
        let at = firstCompiled(entries, lookup, this.program, "the variable");
        if (!at) return;
        let c = this.constVariable(rust, at);
        if (c) {
          d.items.push(c);
          return;
        }
        let decl = at.decl, type = this.spelling.rust(decl.type, "static"), mutable = !(decl.type.const && decl.type.kind !== "array"), item = { ...this.located(rust, at), type: rustType(type), mutable };
        d.items.push({ kind: "statics", item, declaration: this.staticText(rust, at) });
      }
      staticText(rust, at) {
        let t = at.decl.type;
        return `pub static ${t.const && t.kind !== "array" ? "" : "mut "}${rust}: ${this.spelling.rust(t, "static")};`;
      }
      typedef(rust, cname, lookup, d) {
        let entries = lookup.entries.filter((e) => e.kind === "typedef");
        if (!entries.length) {
          lookup.unreadable && !lookup.entries.some((e) => e.state === !0) && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
          return;
        }
        let at = firstCompiled(entries, lookup, this.program, "the typedef");
        if (!at || this.spelling.rust({ kind: "typedef", name: cname }, "alias") !== mangle(cname) || matches(this.parameters.blocklistTypes, cname) || matches(this.parameters.blocklistItems, cname)) return;
        matches(this.parameters.opaqueTypes, cname) && unknown2("an opaque type (`--opaque-type`): its blob size needs the layout");
        let t = at.decl.type;
        if (t.kind === "tag") {
          if (t.name === cname) return;
          if (!t.name && t.body) {
            t.tag === "enum" ? d.items.push(this.enumAlias(rust, at, t)) : d.items.push(this.aggregate(rust, at, t));
            return;
          }
        }
        let target = this.spelling.rust({ ...t, const: !1 }, "alias"), item = { ...this.located(rust, at), target: rustType(target) };
        d.items.push({ kind: "aliases", item, declaration: `pub type ${rust} = ${target};` });
      }
      tag(rust, cname, lookup, d) {
        let entries = lookup.entries.filter((e) => e.kind === "tag" && (e.parents?.length ?? 0) === 0), defs = entries.filter((e) => e.type.body);
        if (!entries.length) {
          lookup.unreadable && !lookup.entries.some((e) => e.state === !0) && unknown2(`a declaration that may be it could not be read: ${lookup.unreadable}`);
          return;
        }
        if (matches(this.parameters.blocklistTypes, cname) || matches(this.parameters.blocklistItems, cname)) return;
        d.items.some((i) => i.kind === "aliases" || i.kind === "structs") && unknown2("a tag and a typedef of the same name");
        let at = certain(defs, lookup, (a, b) => a === b, "the definition");
        if (at) {
          matches(this.parameters.opaqueTypes, cname) && unknown2("an opaque type (`--opaque-type`): its blob size needs the layout");
          let t2 = at.type;
          d.items.push(t2.tag === "enum" ? this.enumAlias(rust, at, t2) : this.aggregate(rust, at, t2));
          return;
        }
        lookup.unreadable && unknown2(`a declaration that may be its definition could not be read: ${lookup.unreadable}`);
        let forward = entries.find((e) => e.state === !0 && e.type.tag !== "enum");
        if (!forward) return;
        let t = forward.type, item = { ...this.located(rust, forward), kind: t.tag === "union" ? "union" : "struct", fields: /* @__PURE__ */ new Map() };
        d.items.push({ kind: "structs", item, declaration: `pub ${item.kind} ${rust} { _unused: [u8; 0], }` });
      }
      enumAlias(rust, at, t) {
        let int = this.program.enumType(t);
        int || unknown2("an enumerator value cannot be computed (or the enum is packed)");
        let target = enumRust(this.spelling.prefix, int);
        return { kind: "aliases", item: { ...this.located(rust, at), target: rustType(target) }, declaration: `pub type ${rust} = ${target};` };
      }
      /** `pub struct N { pub f: T, … }`, anonymous members named as bindgen does. */
      aggregate(rust, at, t) {
        let body = t.body, fields = this.fields(rust, body, t.tag === "union"), kind = t.tag === "union" ? "union" : "struct", item = {
          ...this.located(rust, at),
          kind,
          fields: new Map(fields.map((f) => [f.name, { name: f.name, type: rustType(f.type) }]))
        }, text = fields.map((f) => `pub ${f.name}: ${f.type},`).join(" ");
        return { kind: "structs", item, declaration: `pub ${kind} ${rust} {${text ? ` ${text} ` : ""}}` };
      }
      fields(parent2, body, union) {
        let layout = this.spelling.bodyLayout(body, 0, union);
        typeof layout == "string" && unknown2(`its layout: ${layout} (bindgen adds padding the model does not compute)`), union && layout.flexible && unknown2("a union holding a flexible array (bindgen wraps its fields)");
        let members = body.members ?? [], tyN = 0, anonN = 0, anonTypes = /* @__PURE__ */ new Map(), anon = (t) => {
          let name = anonTypes.get(t);
          return name || unknown2("an anonymous aggregate in an unexpected place"), name;
        }, out = [];
        return members.forEach((m, i) => {
          m.bits && unknown2("a bitfield (bindgen packs it into `_bitfield_N` units)");
          let base = innermost(m.type);
          base.kind === "tag" && base.body && (base.tag === "enum" && unknown2("an enum defined inside a struct"), base.name && unknown2(`a struct defined inside a struct (bindgen names it \`${parent2}_${base.name}\`)`), anonTypes.set(base, `${parent2}__bindgen_ty_${++tyN}`));
          let name = m.name ? mangle(m.name) : base.kind === "tag" && base.body && !base.name ? `__bindgen_anon_${++anonN}` : void 0;
          name || unknown2("a member without a name");
          let last = i === members.length - 1;
          if (m.type.kind === "array" && (!m.type.size || this.spelling.arraySize(m.type.size) === 0n)) {
            last || unknown2("a zero-length array before the last member"), out.push({ name, type: `__IncompleteArrayField<${this.spelling.rust(m.type.of, "element", anon)}>` });
            return;
          }
          out.push({ name, type: this.spelling.rust(m.type, "field", anon) });
        }), out;
      }
      /** `#define X value`: bindgen's cexpr evaluation of the first definition, typed by its value. */
      macroConstant(rust, cname, d) {
        if (rust !== cname || matches(this.parameters.blocklistItems, cname) || matches(this.parameters.blocklistVars, cname)) return;
        let v = this.cexpr(cname, 0);
        if (v === null) return;
        v === void 0 && unknown2("a macro whose value or place the model cannot decide");
        let first = this.program.tu.firstDefinition(cname);
        if (first.status !== "macro") return;
        let at = { kind: "variable", name: cname, file: first.file, token: { kind: "ident", text: cname, offset: first.def.offset }, state: !0 }, type, value;
        "bytes" in v ? (type = `&[u8; ${v.bytes.length + 1}usize]`, value = `b"${v.bytes.map(byteEscape).join("")}\\0"`) : "char" in v ? (type = "u8", value = `${v.char}u8`) : (type = v.v < 0n ? v.v >= -(1n << 31n) ? "i32" : "i64" : v.v <= 0xffffffffn ? "u32" : "u64", value = v.v.toString());
        let item = { ...this.located(rust, at), type: rustType(type), value };
        d.items.push({ kind: "consts", item, declaration: `pub const ${rust}: ${type} = ${value};` });
      }
      /**
       * A macro's value as cexpr computes it: raw tokens, identifiers only as macros defined
       * before; null when bindgen would not emit it, undefined when the model cannot tell.
       */
      cexpr(name, depth) {
        if (depth > 32) return;
        let first = this.program.tu.firstDefinition(name);
        if (first.status === "unknown") return;
        if (first.status === "none" || first.def.params) return null;
        let place = { file: first.file, offset: first.def.offset }, unsure = !1, r = evaluateCexpr(first.def.body, (id) => {
          let idFirst = this.program.tu.firstDefinition(id);
          if (idFirst.status === "unknown") {
            unsure = !0;
            return;
          }
          if (idFirst.status === "none" || !this.program.tu.before({ file: idFirst.file, offset: idFirst.def.offset }, place)) return null;
          let v = this.cexpr(id, depth + 1);
          return v === void 0 && (unsure = !0), v && ("v" in v ? { v: v.v, unsigned: !1, bits: 64 } : v);
        });
        return r === void 0 || unsure ? r === null ? null : void 0 : r;
      }
      /**
       * `E_X` for enumerator `X` of `enum E` (or of `typedef enum {…} E`). Each split of the name
       * looks up the enum first: a word such as `size` is mentioned everywhere, an enum's name is not.
       */
      enumConstant(rust, nameLookup, d) {
        for (let i = rust.indexOf("_", 1); i > 0 && i < rust.length - 1; i = rust.indexOf("_", i + 1)) {
          let enumName = rust.slice(0, i), constName = rust.slice(i + 1), cEnum = unmangle(enumName);
          if (!this.program.tu.filesMentioning(cEnum).length) continue;
          let lookup = this.program.find(cEnum), enums = lookup.entries.filter((e) => (e.parents?.length ?? 0) === 0 && enumBody(e)?.enumerators?.some((x) => x.name === constName)), at = certain(enums, lookup, (a, b) => a === b, "the enum");
          if (!at) continue;
          let type = at.kind === "typedef" ? at.decl.type : at.type, index = enumBody(at).enumerators.findIndex((x) => x.name === constName), v = this.program.enumValues(type)?.[index];
          (!v || !this.program.enumType(type)) && unknown2(`the value of ${constName} cannot be computed from the headers`);
          let item = { ...this.located(rust, at), type: rustType(enumName), value: v.v.toString() };
          d.items.push({ kind: "consts", item, declaration: `pub const ${rust}: ${enumName} = ${v.v};` });
          return;
        }
        nameLookup.entries.find((e) => e.kind === "enumerator" && e.state !== !1 && !e.type.name && !e.typedefName) && unknown2("an enumerator of an anonymous enum (bindgen types it `_bindgen_ty_N`, numbered across the whole file)");
      }
    };
    HelperBindings = class extends Derived {
      /**
       * `helperText` reads a helper file: a name no helper file mentions is no helper, known
       * without reading the headers the helpers include.
       */
      constructor(mainFile, program, prefix, helperFiles2, helperText2) {
        super(mainFile, "helpers", program, prefix);
        this.helperFiles = helperFiles2;
        this.helperText = helperText2;
      }
      helperFiles;
      helperText;
      compute(rust, d) {
        let cname = `rust_helper_${rust}`;
        if (![...this.helperFiles].some((f) => this.helperText(f)?.includes(cname))) return;
        let lookup = this.program.find(cname), entries = lookup.entries.filter((e) => e.kind === "function" && this.helperFiles.has(e.file) && !e.decl.storage.includes("static"));
        this.attempt(d, "helper", () => {
          let defs = entries.filter((e) => e.decl.definition), at = certain(defs.length ? defs : entries, lookup, (a, b) => a === b || !a.decl.definition || !b.decl.definition, "the helper");
          at && d.items.push(this.functionItem(rust, at, at.decl.type, cname));
        }, entries[0]);
      }
    };
  }
});

// server/src/host/headerModel.ts
function warmUpDerivedBindings(parts) {
  for (let p of parts) "warmUp" in p && p.warmUp();
}
function sharedFiles(base = DISK_FILES) {
  let texts = /* @__PURE__ */ new Map(), dirs = /* @__PURE__ */ new Map();
  return {
    read: (f) => (texts.has(f) || texts.set(f, base.read(f)), texts.get(f)),
    isDir: (d) => (dirs.has(d) || dirs.set(d, base.isDir(d)), dirs.get(d)),
    list: (d) => base.list(d)
  };
}
function headerModel(model, helpers, files = DISK_FILES, onDisk = files === DISK_FILES) {
  let arch = buildArch(model, files), source = new IncludePaths(
    includeDirs(model, files).filter((d) => files.isDir(d)),
    files,
    onDisk,
    arch ? { srctree: model.srctree, arch } : void 0
  ), prefix = ctypesPrefix(files.read(path10.join(model.srctree, "rust/Makefile")), model.mapping), paramsText = files.read(path10.join(model.srctree, "rust/bindgen_parameters")), parameters = paramsText === void 0 ? NO_PARAMETERS : parseBindgenParameters(paramsText), forced = [COMPILER_VERSION_H, ...FORCED_INCLUDES].map((f) => path10.join(model.srctree, f)), predefined = predefinedMacros(arch, model.unsignedChar), program = (root) => {
    let p;
    return () => {
      if (!p) {
        let roots = [...forced, root].filter((f) => source.text(f) !== void 0), configHeader = source.resolve(AUTOCONF_H, !0, root) ?? AUTOCONF_H;
        p = new CProgram(new TranslationUnit(source, {
          roots,
          predefined,
          configHeader,
          maybeCompilerMacro: maybeCompilerMacro(arch),
          surelyUndefined: surelyUndefined(arch, model.unsignedChar),
          structures: source.structures,
          outlines: source.outlines,
          wordFilters: source.wordFilters
        }));
      }
      return p;
    };
  }, bindingsRoot = path10.join(model.srctree, BINDINGS_HELPER_H), uapiRoot = path10.join(model.srctree, UAPI_HELPER_H2);
  return {
    bindings: new HeaderBindings(bindingsRoot, "bindings", program(bindingsRoot), prefix, parameters),
    helpers: new HelperBindings(helpers.main, program(helpers.main), prefix, new Set(helpers.files), (f) => source.text(f)),
    uapi: new HeaderBindings(uapiRoot, "uapi", program(uapiRoot), prefix, parameters)
  };
}
var fs2, path10, UAPI_HELPER_H2, COMPILER_VERSION_H, AUTOCONF_H, IncludePaths, init_headerModel = __esm({
  "server/src/host/headerModel.ts"() {
    "use strict";
    fs2 = __toESM(require("node:fs")), path10 = __toESM(require("node:path"));
    init_compilerMacros();
    init_program();
    init_translationUnit();
    init_headerBindings();
    init_tree();
    init_headerLookup();
    UAPI_HELPER_H2 = "rust/uapi/uapi_helper.h", COMPILER_VERSION_H = "include/linux/compiler-version.h", AUTOCONF_H = "generated/autoconf.h", IncludePaths = class {
      constructor(dirs, files, onDisk, kbuild) {
        this.dirs = dirs;
        this.files = files;
        this.onDisk = onDisk;
        this.kbuild = kbuild;
      }
      dirs;
      files;
      onDisk;
      kbuild;
      #texts = /* @__PURE__ */ new Map();
      #entries = /* @__PURE__ */ new Map();
      #resolved = /* @__PURE__ */ new Map();
      #generic = /* @__PURE__ */ new Map();
      /** Header structures, outlines and word filters, shared by every translation unit over these files. */
      structures = /* @__PURE__ */ new Map();
      outlines = /* @__PURE__ */ new Map();
      wordFilters = /* @__PURE__ */ new Map();
      text(file) {
        return this.#texts.has(file) || this.#texts.set(file, this.exists(file) ? this.files.read(file) : void 0), this.#texts.get(file);
      }
      resolve(name, system, from) {
        let key2 = `${system ? "<" : '"'}${system ? "" : path10.dirname(from)}\0${name}`;
        if (this.#resolved.has(key2)) return this.#resolved.get(key2);
        let found = (system ? this.dirs : [path10.dirname(from), ...this.dirs]).map((d) => path10.join(d, name)).find((f) => this.exists(f)) ?? this.#asmGeneric(name);
        return this.#resolved.set(key2, found), found;
      }
      #asmGeneric(name) {
        let m = /^(uapi\/)?asm\/([\w.-]+\.h)$/.exec(name);
        if (!m || !this.kbuild) return;
        let { srctree, arch } = this.kbuild, uapi = m[1] ? "uapi/" : "", generic = path10.join(srctree, `include/${uapi}asm-generic`, m[2]);
        return this.exists(generic) && (this.#kbuildList(path10.join(srctree, `arch/${arch}/include/${uapi}asm/Kbuild`), "generic-y").has(m[2]) || this.#kbuildList(path10.join(srctree, `include/${uapi}asm-generic/Kbuild`), "mandatory-y").has(m[2])) ? generic : void 0;
      }
      /** The headers a Kbuild file lists as `variable += X.h`. */
      #kbuildList(file, variable) {
        let key2 = `${file}\0${variable}`, list = this.#generic.get(key2);
        if (!list) {
          let text = this.exists(file) ? this.files.read(file) ?? "" : "";
          list = new Set([...text.matchAll(new RegExp(`^${variable}\\s*\\+=\\s*([\\w.-]+\\.h)`, "gm"))].map((x) => x[1])), this.#generic.set(key2, list);
        }
        return list;
      }
      /** From the folder's listing on disk (read once per folder): a miss costs no failed read. */
      exists(file) {
        if (!this.onDisk) return this.#texts.has(file) ? this.#texts.get(file) !== void 0 : this.files.read(file) !== void 0;
        let dir = path10.dirname(file), names = this.#entries.get(dir);
        if (names === void 0) {
          try {
            names = new Set(fs2.readdirSync(dir));
          } catch {
            names = null;
          }
          this.#entries.set(dir, names);
        }
        return names?.has(path10.basename(file)) ?? !1;
      }
    };
  }
});

// server/src/core/index/persist.ts
function packRange(r) {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}
function unpackRange(r) {
  return { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } };
}
function packUses(uses) {
  return uses.map(({ file: _file, range, useRange, ...rest }) => ({ ...rest, range: packRange(range), useRange: packRange(useRange) }));
}
function unpackUses(file, packed) {
  return packed.map(({ range, useRange, ...rest }) => {
    if (typeof rest.binding != "string") throw new Error("bad use");
    return { ...rest, file, range: unpackRange(range), useRange: unpackRange(useRange) };
  });
}
function unpackHelperFile(file, data) {
  if (data?.file !== file || !Array.isArray(data.helpers) || !Array.isArray(data.headers) || !Array.isArray(data.headerIncludes) || !Array.isArray(data.unfinished) || typeof data.eol != "string" || typeof data.end?.line != "number") throw new Error("bad helper file");
  return data;
}
var init_persist = __esm({
  "server/src/core/index/persist.ts"() {
    "use strict";
  }
});

// server/src/host/cacheDir.ts
function cacheDir() {
  let env = process.env[CACHE_DIR_ENV];
  if (env) return path11.resolve(env);
  let xdg = process.env.XDG_CACHE_HOME;
  return path11.join(xdg && path11.isAbsolute(xdg) ? xdg : path11.join(os.homedir(), ".cache"), "rfl-ffi");
}
function writeAtomically(file, parts) {
  let tmp = `${file}.${process.pid}.tmp`;
  try {
    let fd = fs3.openSync(tmp, "w");
    try {
      for (let p of parts) for (let done = 0; done < p.length; ) done += fs3.writeSync(fd, p, done);
    } finally {
      fs3.closeSync(fd);
    }
    fs3.renameSync(tmp, file);
  } catch (e) {
    throw fs3.rmSync(tmp, { force: !0 }), e;
  }
}
var fs3, os, path11, CACHE_DIR_ENV, init_cacheDir = __esm({
  "server/src/host/cacheDir.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs")), os = __toESM(require("node:os")), path11 = __toESM(require("node:path")), CACHE_DIR_ENV = "RFL_FFI_CACHE_DIR";
  }
});

// server/src/host/indexCache.ts
function sameStamp(e, s) {
  return e.size === s.size && e.mtimeMs === s.mtimeMs && e.hash === s.hash;
}
function sameSample(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sample === b.sample;
}
function headerLine(header) {
  let json = JSON.stringify(header);
  return Buffer.from(`${json}${" ".repeat((4 - (Buffer.byteLength(json) + 1) % 4) % 4)}
`);
}
var fs4, path12, IndexCache, init_indexCache = __esm({
  "server/src/host/indexCache.ts"() {
    "use strict";
    fs4 = __toESM(require("node:fs")), path12 = __toESM(require("node:path"));
    init_bindingsScanner();
    init_persist();
    init_cacheDir();
    init_files();
    init_memory();
    IndexCache = class _IndexCache {
      /** `persist: false` keeps parts in memory only (a process that must not touch the user's cache). */
      constructor(srctree, objtree, persist = !0) {
        this.srctree = srctree;
        this.objtree = objtree;
        this.persist = persist;
        let key2 = sha1().update(`${srctree}\0${objtree}`).digest("hex").slice(0, 16);
        this.file = path12.join(cacheDir(), `index-${key2}.json`), persist && (this.entries = this.read() ?? {});
      }
      srctree;
      objtree;
      persist;
      entries = {};
      /** Parts already unpacked or built in this process, so a reindex after one file changed redoes only that file. */
      live = /* @__PURE__ */ new Map();
      unsaved = /* @__PURE__ */ new Map();
      /** The outlines of generated files used in this process, by their sampled stamps. */
      liveOutlines = /* @__PURE__ */ new Map();
      /** Outlines built and not yet written: their headers, and the data to write. */
      unsavedOutlines = /* @__PURE__ */ new Map();
      /** Outlines used on their sampled stamp, whose content is still to be checked (`verifySteps`). */
      unverified = [];
      /** Files whose persisted outline did not check out: built again, never read back, in this process. */
      suspect = /* @__PURE__ */ new Set();
      /** The generated files indexed (see `retain`): outline files of any other are removed when saving. */
      generated = /* @__PURE__ */ new Set();
      dirty = !1;
      /** Saved once already: a part built later (indexed on first use) is saved as soon as the current task ends. */
      settled = !1;
      saveQueued = !1;
      file;
      /** Whether nothing was built since the persisted cache was read: everything asked for so far came from it. */
      get unchanged() {
        return !this.dirty;
      }
      static inMemory(srctree, objtree) {
        return new _IndexCache(srctree, objtree, !1);
      }
      read() {
        let text;
        readCounts.files++;
        try {
          text = fs4.readFileSync(this.file, "utf8");
        } catch {
          return;
        }
        try {
          let c = JSON.parse(text);
          if (c.format === 7 && c.srctree === this.srctree && c.objtree === this.objtree && c.entries && typeof c.entries == "object") return c.entries;
        } catch {
        }
        this.dirty = !0;
      }
      /** The cached part for a file, or undefined when absent, stale or damaged. */
      lookup(file, stamp, kind, unpack) {
        let live = this.live.get(file);
        if (live && sameStamp(live.stamp, stamp)) return live.value;
        let e = this.entries[file];
        if (!(!e || !sameStamp(e, stamp) || typeof e.part != "string"))
          try {
            let part = JSON.parse(e.part);
            if (part?.kind !== kind) return;
            let value = unpack(part);
            return this.live.set(file, { stamp, value }), value;
          } catch {
            return;
          }
      }
      /** Built parts are packed only when saved, off the path to first diagnostics. */
      store(file, stamp, pack, value) {
        this.live.set(file, { stamp, value }), this.unsaved.set(file, () => ({ ...stamp, part: JSON.stringify(pack()) })), this.changed();
      }
      changed() {
        this.dirty = !0, this.settled && !this.saveQueued && (this.saveQueued = !0, setImmediate(() => {
          this.saveQueued = !1, this.save();
        }));
      }
      /** Where the outline of generated file `file` is kept: beside the JSON file, named by its path. */
      outlineFile(file) {
        return `${this.file.slice(0, -5)}.${sha1().update(file).digest("hex").slice(0, 16)}.outline`;
      }
      /** The persisted outline of `file`, its header and its bytes, when its sampled stamp matches `stamp`; undefined when absent or stale. */
      readOutline(file, stamp) {
        if (this.suspect.has(file)) return;
        let raw;
        readCounts.files++;
        try {
          raw = fs4.readFileSync(this.outlineFile(file));
        } catch {
          return;
        }
        try {
          let nl = raw.indexOf(10), header = JSON.parse(raw.subarray(0, nl).toString("utf8"));
          return header.format !== 7 || header.file !== file || !sameSample(header, stamp) ? void 0 : { header, data: raw.subarray(nl + 1) };
        } catch {
          return;
        }
      }
      /**
       * The outline of generated file `file`. A persisted one is used when the file's size, mtime
       * and sample (`stamp`) are those stamped when it was built: its items are then read from
       * disk as they are asked for, and the SHA-1 of its whole content, and of the outline, are
       * checked afterwards (`verifySteps`). Otherwise `outlineInChunks` outlines the file as it
       * reads it, or, when it cannot, `read` reads the whole file and `build` outlines it.
       * Undefined when the file cannot be read.
       */
      bindings(file, source, stamp, read2, build, outlineInChunks2 = () => {
      }) {
        let live = this.liveOutlines.get(file);
        if (live && sameSample(live.stamp, stamp)) return live.value;
        let persisted = this.persist ? this.readOutline(file, stamp) : void 0;
        if (persisted) {
          let { header, data } = persisted;
          try {
            let repaired = header.repaired ? read2() : void 0;
            if (!header.repaired || repaired && sha1().update(repaired.raw).digest("hex") === header.hash && sha1().update(data).digest("hex") === header.outline) {
              let outline = BindingsOutline.fromData(file, source, repaired ? bytesInMemory(repaired.bytes) : new FileSlices(file, stamp, header.skip), data);
              return repaired || this.unverified.push({ file, stamp, header, data }), this.liveOutlines.set(file, { stamp, value: outline }), outline;
            }
          } catch {
          }
        }
        let chunked = outlineInChunks2();
        if (chunked) return this.#built(file, chunked.outline, stamp, () => chunked.hash, chunked.skip, !1);
        let content = read2();
        if (!content) return;
        let built = build(content);
        return this.#built(file, built, content.stamp, () => sha1().update(content.raw).digest("hex"), content.raw.length - content.bytes.length, content.repaired);
      }
      /** Keeps an outline just built, to be saved: of content whose bytes on disk hash to `hash()`, after `skip` bytes (a BOM). */
      #built(file, built, stamp, hash, skip, repaired) {
        return this.liveOutlines.set(file, { stamp, value: built }), this.unsavedOutlines.set(file, () => {
          let data = built.toData();
          return {
            header: {
              format: 7,
              file,
              size: stamp.size,
              mtimeMs: stamp.mtimeMs,
              sample: stamp.sample,
              hash: hash(),
              outline: sha1().update(data).digest("hex"),
              skip,
              repaired
            },
            data,
            outline: built
          };
        }), this.changed(), built;
      }
      /**
       * Checks what `bindings` trusted on a sampled stamp, 1 MB per step: the SHA-1 of each such
       * file's whole content and of its outline against those stamped when the outline was built.
       * Returns the files that did not match; their outlines are dropped, so the next load builds
       * them again. (The server takes these steps right after the first diagnostics; the CLI at
       * once.)
       */
      *verifySteps() {
        let failed = [];
        for (let v of this.unverified.splice(0)) {
          let outline = sha1();
          for (let at = 0; at < v.data.length; at += 1 << 20)
            outline.update(v.data.subarray(at, at + (1 << 20))), yield;
          let content = yield* hashSteps(v.file, v.stamp);
          outline.digest("hex") === v.header.outline && content === v.header.hash || (failed.push(v.file), this.suspect.add(v.file), this.liveOutlines.delete(v.file), fs4.rmSync(this.outlineFile(v.file), { force: !0 }));
        }
        return failed;
      }
      helperFile(file, stamp, build) {
        let hit = this.lookup(file, stamp, "helpers", (p) => unpackHelperFile(file, p.data));
        if (hit) return hit;
        let built = build();
        return this.store(file, stamp, () => ({ kind: "helpers", data: built }), built), built;
      }
      kernelUses(file, stamp, build) {
        let hit = this.lookup(file, stamp, "kernel", (p) => unpackUses(file, p.data));
        if (hit) return hit;
        let built = build();
        return this.store(file, stamp, () => ({ kind: "kernel", data: packUses(built) }), built), built;
      }
      /** Drops entries of files no longer indexed; `generated`: the generated files among them, whose outlines are kept. */
      retain(files, generated) {
        this.generated = generated;
        for (let f of this.liveOutlines.keys()) generated.has(f) || this.liveOutlines.delete(f);
        for (let f of Object.keys(this.entries))
          files.has(f) || (delete this.entries[f], this.live.delete(f), this.unsaved.delete(f), this.dirty = !0);
      }
      /** Writes the cache when it changed (atomically: a reader never sees half a file). Failures only cost speed. */
      save() {
        if (this.settled = !0, !this.dirty || !this.persist) return;
        for (let [file, entry] of this.unsaved) this.entries[file] = entry();
        this.unsaved.clear();
        let content = { format: 7, srctree: this.srctree, objtree: this.objtree, entries: this.entries };
        try {
          fs4.mkdirSync(path12.dirname(this.file), { recursive: !0 });
          let dropped = !1;
          for (let [file, outline] of this.unsavedOutlines) {
            let { header, data, outline: built } = outline();
            writeAtomically(this.outlineFile(file), [headerLine(header), data]), header.repaired || built.readFrom(new FileSlices(file, header, header.skip), data), dropped ||= !header.repaired;
          }
          this.unsavedOutlines.clear(), dropped && collectGarbage(), this.removeStaleOutlines(), writeAtomically(this.file, [Buffer.from(JSON.stringify(content))]), this.dirty = !1;
        } catch {
        }
      }
      /** Outline files of this cache for generated files no longer indexed. */
      removeStaleOutlines() {
        let prefix = `${path12.basename(this.file, ".json")}.`, kept = new Set([...this.generated].map((f) => path12.basename(this.outlineFile(f))));
        for (let name of fs4.readdirSync(path12.dirname(this.file)))
          name.startsWith(prefix) && name.endsWith(".outline") && !kept.has(name) && fs4.rmSync(path12.join(path12.dirname(this.file), name), { force: !0 });
      }
    };
  }
});

// server/src/host/kernelTree.ts
function isKernelTree(dir) {
  return (isFile(path13.join(dir, HELPERS_C)) || isFile(path13.join(dir, LEGACY_HELPERS_C))) && isFile(path13.join(dir, BINDINGS_HELPER_H));
}
function findSrctree(start) {
  let dir = path13.resolve(start);
  for (isDir(dir) || (dir = path13.dirname(dir)); ; ) {
    if (isKernelTree(dir)) return dir;
    let up = path13.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}
function incompleteTree(start) {
  let dir = path13.resolve(start);
  for (isDir(dir) || (dir = path13.dirname(dir)); ; ) {
    if (isFile(path13.join(dir, BINDINGS_HELPER_H)))
      return `${dir} has ${BINDINGS_HELPER_H} but neither ${HELPERS_C} nor ${LEGACY_HELPERS_C}, so it is not a complete kernel tree with Rust support`;
    let up = path13.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}
function resolveSrctree(start) {
  let abs = path13.resolve(start);
  if (!fs5.existsSync(abs)) throw new TreeError(`${start}: no such file or directory`);
  let tree = findSrctree(abs);
  if (!tree) throw new TreeError(incompleteTree(abs) ?? `${start}: not inside a Linux kernel tree with Rust support (${NOT_A_TREE_HINT})`);
  return tree;
}
function readOptional(file, files) {
  let r = files.read(file);
  return r.ok ? r.text : void 0;
}
function findRustProject(srctree) {
  let direct = path13.join(srctree, "rust-project.json");
  if (isFile(direct)) return direct;
  let entries = [];
  try {
    entries = fs5.readdirSync(srctree, { withFileTypes: !0 });
  } catch {
    return;
  }
  for (let e of entries) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    let p = path13.join(srctree, e.name, "rust-project.json");
    if (isFile(p)) return p;
  }
}
function objtreeFromRustProject(file, text) {
  if (text)
    try {
      let obj = (JSON.parse(text).crates ?? []).map((c) => c.env?.OBJTREE).find((o) => typeof o == "string");
      if (obj) return path13.resolve(path13.dirname(file), obj);
    } catch {
    }
  return fs5.realpathSync(path13.dirname(file));
}
function gatherFacts(srctree, options = {}, files = DISK) {
  let rustProjectFile = findRustProject(srctree), rustProjectJson = rustProjectFile ? readOptional(rustProjectFile, files) : void 0, objtree = srctree, objtreeSource = "srctree";
  if (options.objtree) {
    if (objtree = path13.resolve(options.objtree), objtreeSource = "setting", !isDir(objtree)) throw new TreeError(`objtree ${options.objtree}: no such directory`);
  } else rustProjectFile && (objtree = objtreeFromRustProject(rustProjectFile, rustProjectJson), objtreeSource = "rust-project.json");
  let splitHelpers = files.isFile(path13.join(srctree, HELPERS_C)), definitionTexts = [
    readOptional(path13.join(srctree, splitHelpers ? HELPERS_C : LEGACY_HELPERS_C), files),
    readOptional(path13.join(srctree, "include/linux/compiler_types.h"), files)
  ].filter((t) => t !== void 0), generated = {}, generatedInputs = {};
  for (let kind of Object.keys(GENERATED_FILES))
    generated[kind] = files.isFile(path13.join(objtree, GENERATED_FILES[kind])), generatedInputs[kind] = files.isFile(path13.join(srctree, generatedInput(kind, splitHelpers ? "split" : "single")));
  return {
    srctree,
    objtree,
    objtreeSource,
    splitHelpers,
    ffiRsExists: files.isFile(path13.join(srctree, FFI_RS)),
    archSupportText: readOptional(path13.join(srctree, ARCH_SUPPORT_RST), files),
    rustProjectJson,
    rustHelperDefinitionTexts: definitionTexts,
    generated,
    generatedInputs,
    makefileText: readOptional(path13.join(srctree, "Makefile"), files),
    overrides: { arches: options.arches, mapping: options.mapping }
  };
}
function helperFiles(model, onError, tree = DISK) {
  if (model.helperLayout === "single") {
    let main2 = path13.join(model.srctree, LEGACY_HELPERS_C);
    return { main: main2, files: [main2] };
  }
  let main = path13.join(model.srctree, HELPERS_C), dir = path13.join(model.srctree, HELPERS_DIR), files = tree.list(dir, [".c"], onError).filter((f) => path13.dirname(f) === dir);
  return { main, files: [main, ...files.filter((f) => f !== main)] };
}
function kernelCrateFiles(model, onError, tree = DISK) {
  return tree.list(path13.join(model.srctree, "rust/kernel"), [".rs"], onError).filter((f) => crateOf(model, f).kind === "kernel");
}
function listingNotes(notes, model) {
  return (dir, reason) => notes.push({ severity: "warning", message: `${path13.relative(model.srctree, dir)} ${reason}; skipped` });
}
function readSources(files, notes, model, tree) {
  let out = [];
  for (let file of files) {
    let r = tree.read(file), rel2 = path13.relative(model.srctree, file);
    if (!r.ok) {
      notes.push({ severity: "warning", message: `${rel2} ${r.reason}; skipped` });
      continue;
    }
    r.warning && notes.push({ severity: "warning", message: `${rel2} ${r.warning}` }), out.push({ file, text: r.text, stamp: r.stamp });
  }
  return out;
}
function readWhole(file, notes, model) {
  let r = readGenerated(file), rel2 = path13.relative(model.srctree, file);
  if (!r.ok) {
    notes.push({ severity: "warning", message: `${rel2} ${r.reason}; skipped` });
    return;
  }
  return r.warning && notes.push({ severity: "warning", message: `${rel2} ${r.warning}` }), {
    file,
    bytes: r.bytes,
    raw: r.raw,
    repaired: r.warning !== void 0,
    stamp: { size: r.stamp.size, mtimeMs: r.stamp.mtimeMs, sample: sampleOf(r.raw) }
  };
}
function outlineInChunks(file, source, stamp) {
  let chunks, read2 = readInChunks(file, stamp, (length) => (chunks = BindingsOutline.chunks(file, source, length), chunks.push));
  return read2 && chunks && { outline: chunks.finish(new FileSlices(file, stamp, read2.skip)), ...read2 };
}
function lazyGeneratedFile(file, stamp, outline) {
  let items;
  return {
    file,
    truncated: truncationProblemIn(new FileSlices(file, stamp, 0)),
    // A file that vanished since is an empty one (a reload follows its change).
    index: () => items ??= outline() ?? fileItems(emptyBindingsFile(file, "uapi"))
  };
}
function missingGeneratedNote(model) {
  let missing = Object.keys(GENERATED_FILES).filter((k) => model.generatedInputs[k] && !model.generated[k]);
  if (!missing.length) return;
  let names = missing.map((k) => GENERATED_FILES[k]).join(", "), meanwhile = usesHeaders(model) ? "Until then the bindings are derived from the C headers (what cannot be derived for certain is left unchecked)." : "Checks that need the bindings are skipped until then.";
  return {
    severity: "info",
    message: `${names} not found in objtree ${model.objtree}: the tree has not been built with CONFIG_RUST=y yet (they appear after \`make LLVM=1\`; pass --objtree / set rflFfi.objtree for an out-of-tree build). ${meanwhile}`
  };
}
function usesHeaders(model, options = {}) {
  return options.fromHeaders === !0 || !model.generated.bindings;
}
function unknownArchNotes(model) {
  return model.unknownArches.map((name) => ({
    severity: "info",
    message: `${ARCH_SUPPORT_RST} lists ${name}, an arch rfl-ffi does not know (its C ABI, the sign of its char, core::ffi's mapping for it): a cast is called unnecessary only where it converts nothing on any arch, and no finding relies on what it is there`
  }));
}
function loadModel(srctree, options = {}, files = DISK) {
  return buildTreeModel(gatherFacts(srctree, options, files));
}
function loadIndex(model, notes, cache3, fromHeaders = usesHeaders(model), tree = DISK) {
  let listingError = listingNotes(notes, model), { main, files } = helperFiles(model, listingError, tree), helperSources = readSources(files, notes, model, tree), helpers = () => buildHelperIndex(main, helperSources, (src) => cache3.helperFile(src.file, src.stamp, () => indexHelperFile(src.file, src.text))), indexed = new Set(helperSources.map((src) => src.file)), generated = /* @__PURE__ */ new Set(), bindingsFiles = {}, uapi, treeHeaders = headerFiles(tree), headerFiles2 = fromHeaders ? sharedFiles(treeHeaders) : treeHeaders;
  if (fromHeaders) {
    let derived = headerModel(model, { main, files }, headerFiles2, !0);
    bindingsFiles.bindings = derived.bindings, bindingsFiles.helpers = derived.helpers, model.generatedInputs.uapi && (uapi = { file: derived.uapi.file, index: () => derived.uapi });
  }
  for (let kind of Object.keys(GENERATED_FILES)) {
    if (fromHeaders || !model.generated[kind]) continue;
    let file = generatedPath(model, kind), stamped = sampledStamp(file);
    if (!stamped.ok) {
      notes.push({ severity: "warning", message: `${path13.relative(model.srctree, file)} ${stamped.reason}; skipped` });
      continue;
    }
    generated.add(file);
    let outline = () => cache3.bindings(
      file,
      GENERATED_SOURCE[kind],
      stamped.stamp,
      () => readWhole(file, notes, model),
      (c) => indexGenerated(kind, c),
      () => outlineInChunks(file, GENERATED_SOURCE[kind], stamped.stamp)
    );
    if (kind === "uapi") {
      uapi = lazyGeneratedFile(file, stamped.stamp, outline);
      continue;
    }
    let items = outline();
    items && (bindingsFiles[kind] = items);
  }
  let [bindingsLib] = readSources([path13.join(model.srctree, "rust/bindings/lib.rs")].filter(tree.isFile), notes, model, tree), [bindingsHelperSrc] = readSources([path13.join(model.srctree, BINDINGS_HELPER_H)], notes, model, tree), kernelSources = readSources(kernelCrateFiles(model, listingError, tree), notes, model, tree);
  for (let src of kernelSources) indexed.add(src.file);
  let stamps = new Map(kernelSources.map((src) => [src.file, src.stamp])), kernelUses = (src) => cache3.kernelUses(src.file, stamps.get(src.file), () => indexKernelSource(model, src));
  cache3.retain(indexed, generated);
  let index = joinIndex(model, helpers, {
    bindingsFiles,
    fromHeaders,
    uapi,
    manual: bindingsLib && indexManualBindings(bindingsLib),
    kernelUses,
    kernelSources,
    bindingsHelper: bindingsHelperSrc && indexBindingsHelper(bindingsHelperSrc)
  }, new IncludeClosureLookup(model, files, headerFiles2));
  for (let p of index.problems)
    notes.push({ severity: "error", message: `${path13.relative(model.srctree, p.file)} ${p.message}; rebuild it (make LLVM=1)` });
  return index;
}
function reloadHelpers(project) {
  let { main, files } = helperFiles(project.model), helpers = buildHelperIndex(main, readSources(files, project.notes, project.model, DISK));
  return { ...project, index: { ...project.index, helpers } };
}
function loadProject(srctree, options = {}, cacheFor, files = DISK) {
  let model = loadModel(srctree, options, files), notes = [], missing = missingGeneratedNote(model);
  missing && notes.push(missing), notes.push(...unknownArchNotes(model));
  let cache3 = cacheFor?.(model) ?? new IndexCache(model.srctree, model.objtree), index = loadIndex(model, notes, cache3, usesHeaders(model, options), files), reusedIndex = cache3.unchanged;
  if (!cacheFor) {
    let verify = cache3.verifySteps(), r = verify.next();
    for (; !r.done; ) r = verify.next();
    r.value.length && (notes.length = missing ? 1 : 0, index = loadIndex(model, notes, cache3, usesHeaders(model, options), files), reusedIndex = !1), cache3.save();
  }
  return { model, index, notes, reusedIndex };
}
var fs5, path13, TreeError, NOT_A_TREE_HINT, init_kernelTree = __esm({
  "server/src/host/kernelTree.ts"() {
    "use strict";
    fs5 = __toESM(require("node:fs")), path13 = __toESM(require("node:path"));
    init_tree();
    init_index();
    init_helpers();
    init_bindings();
    init_bindingsScanner();
    init_files();
    init_headerLookup();
    init_headerModel();
    init_indexCache();
    TreeError = class extends Error {
    };
    NOT_A_TREE_HINT = "a kernel tree has rust/helpers/helpers.c (6.12+) or rust/helpers.c (older) and rust/bindings/bindings_helper.h";
  }
});

// server/src/core/suppress.ts
function allowedOn(line) {
  let out = [];
  for (let m of line.matchAll(ALLOW_RE)) out.push(...m[1].split(",").map((s) => s.trim()).filter(Boolean));
  return out;
}
function isCommentOrAttribute(line) {
  return /^\s*(\/\/|\/\*|\*|#\[|#!\[)/.test(line);
}
function isItem(n) {
  return n.type.endsWith("_item") || n.type === "function_definition" || n.type === "declaration" || n.type === "let_declaration" || n.type === "expression_statement" || n.type === "field_declaration";
}
var ALLOW_RE, Suppressions, init_suppress = __esm({
  "server/src/core/suppress.ts"() {
    "use strict";
    ALLOW_RE = /rfl-ffi:\s*allow\(([^)]*)\)/g;
    Suppressions = class {
      constructor(text, tree) {
        this.tree = tree;
        this.lines = text.split(/\r\n|\r|\n/);
      }
      tree;
      lines;
      allowedAbove(row, code2) {
        if (this.allows(row, code2)) return !0;
        for (let r = row - 1; r >= 0 && isCommentOrAttribute(this.lines[r]); r--)
          if (this.allows(r, code2)) return !0;
        return !1;
      }
      allows(row, code2) {
        let line = this.lines[row];
        return !line || !line.includes("rfl-ffi") ? !1 : allowedOn(line).includes(code2);
      }
      isSuppressed(code2, at) {
        if (this.allowedAbove(at.line, code2)) return !0;
        let node = this.tree.rootNode.descendantForPosition({ row: at.line, column: at.character });
        for (; node; node = node.parent)
          if (isItem(node) && node.startPosition.row !== at.line && this.allowedAbove(node.startPosition.row, code2)) return !0;
        return !1;
      }
    };
  }
});

// server/src/core/analyze.ts
function languageOf(file) {
  if (file.endsWith(".rs")) return "rust";
  if (file.endsWith(".c") || file.endsWith(".h")) return "c";
}
function parseFor(language, text, old) {
  return language === "rust" ? parseRust(text, old) : parseKernelC(text, old);
}
function analyze(file, text, project, options = {}) {
  let language = languageOf(file);
  if (!language || isGeneratedFile(project.model, file)) return [];
  let tree = options.tree ?? parseFor(language, text), rel2 = relativeToTree(project.model, file), eol = eolOf(text), crate, types, crateInfo = () => crate ??= crateOf(project.model, file), resolver = () => types ??= new TypeResolver({ tree, model: project.model, index: project.index, crate: crateInfo() }), rules = [];
  for (let rule of RULES) {
    let severity = options.severity?.[rule.meta.code] ?? rule.meta.defaultSeverity;
    rule.meta.language === language && severity !== "off" && rules.push({ rule, severity });
  }
  let check2 = (nodes) => {
    let findings = [];
    for (let { rule, severity } of rules) {
      let ctx = {
        file,
        rel: rel2,
        text,
        eol,
        tree,
        nodes,
        model: project.model,
        index: project.index,
        get crate() {
          return crateInfo();
        },
        get types() {
          return resolver();
        },
        report: (r) => {
          findings.push({
            file,
            range: r.range,
            code: rule.meta.code,
            severity,
            message: r.message,
            docs: docsAnchor(rule.meta.code),
            related: r.related ?? [],
            fixes: r.fixes ?? []
          });
        }
      };
      rule.check(ctx);
    }
    return findings;
  }, top = tree.rootNode.namedChildren, found = language === "rust" && options.items ? options.items.findings(project, `${eol}\0${JSON.stringify(options.severity ?? {})}`, top, check2, project.index.headers) : check2(top), suppressions;
  return found.filter((f) => !(suppressions ??= new Suppressions(text, tree)).isSuppressed(f.code, f.range.start)).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
var init_analyze = __esm({
  "server/src/core/analyze.ts"() {
    "use strict";
    init_model();
    init_parse();
    init_cSource();
    init_tree();
    init_resolve();
    init_registry();
    init_suppress();
    init_text();
  }
});

// server/src/host/codeCache.ts
function codeCache() {
  return globalThis[CODE_CACHE];
}
var CODE_CACHE, init_codeCache = __esm({
  "server/src/host/codeCache.ts"() {
    "use strict";
    CODE_CACHE = /* @__PURE__ */ Symbol.for("rfl-ffi.codeCache");
  }
});

// package.json
var version, init_package = __esm({
  "package.json"() {
    version = "0.1.0";
  }
});

// server/src/version.ts
var VERSION, init_version = __esm({
  "server/src/version.ts"() {
    "use strict";
    init_package();
    VERSION = version;
  }
});

// server/src/host/treeInfo.ts
function treeInfo(project) {
  let { model, index } = project, helperFiles2 = [...index.helpers.files.keys()].filter((f) => model.helperLayout === "single" || f !== index.helpers.mainFile), kernelFns = /* @__PURE__ */ new Set();
  for (let uses of index.kernel.all().values()) for (let u of uses) u.item === "fn" && kernelFns.add(`${u.file}#${u.function}`);
  let counted = (n) => index.bindingsFrom === "headers" ? null : n();
  return {
    srctree: model.srctree,
    objtree: model.objtree,
    objtreeSource: model.objtreeSource,
    kernelVersion: model.kernelVersion ?? null,
    helperLayout: model.helperLayout,
    rustHelperDefined: model.rustHelperDefined,
    mapping: model.mapping,
    mappingSource: model.mappingSource,
    arches: model.arches,
    wordSizes: Object.fromEntries(model.arches.map((a) => [a, pointerBits(a)])),
    unknownArches: model.unknownArches,
    archesSource: model.archesSource,
    unsignedChar: model.unsignedChar,
    unsignedCharSource: model.unsignedCharSource,
    generated: { ...model.generated },
    bindings: index.bindingsFrom,
    crates: model.cratesSource,
    counts: {
      helperFiles: helperFiles2.length,
      helpers: index.helpers.byName.size,
      bindingFunctions: counted(() => index.bindings.functions.size),
      bindingConsts: counted(() => index.bindings.consts.size),
      bindingTypes: counted(() => index.bindings.aliases.size),
      bindingStructs: counted(() => index.bindings.structs.size),
      kernelFunctionsUsingBindings: kernelFns.size
    },
    notes: project.notes.map((n) => `${n.severity}: ${n.message}`)
  };
}
function cCharText(info) {
  let what = info.unsignedChar ? "unsigned on every arch" : "as each arch's C ABI says";
  switch (info.unsignedCharSource) {
    case "Makefile":
      return `${what}: ${info.unsignedChar ? "" : "no "}-funsigned-char in the Makefile's KBUILD_CFLAGS`;
    case "rust/ffi.rs":
      return `${what}: no Makefile, but rust/ffi.rs exists only in trees built with -funsigned-char`;
    default:
      return `${what}: no Makefile or rust/ffi.rs says otherwise`;
  }
}
function formatInfoText(info) {
  let yes = (b) => b ? "yes" : "no";
  return [
    `srctree          ${info.srctree}${info.kernelVersion ? ` (Linux ${info.kernelVersion})` : ""}`,
    `objtree          ${info.objtree === info.srctree ? "= srctree" : info.objtree} (${info.objtreeSource})`,
    `helpers          ${info.helperLayout === "split" ? "split (rust/helpers/*.c)" : "single (rust/helpers.c)"}, __rust_helper ${info.rustHelperDefined ? "defined" : "not defined"}`,
    `C-type mapping   ${info.mapping === "kernel" ? "kernel (ffi crate)" : "core::ffi"} (${info.mappingSource})`,
    `arches           ${[...info.arches.map((a) => `${a} (${info.wordSizes[a]}-bit)`), ...info.unknownArches.map((a) => `${a} (unknown to rfl-ffi)`)].join(", ")} (${info.archesSource})`,
    `C char           ${cCharText(info)}`,
    `generated        bindings ${yes(info.generated.bindings)}, helpers ${yes(info.generated.helpers)}, uapi ${yes(info.generated.uapi)}`,
    `bindings: ${BINDINGS_FROM[info.bindings]}`,
    `crates           from ${info.crates}`,
    `index            ${info.counts.helperFiles} helper files, ${info.counts.helpers} helpers; bindings: ${info.bindings === "headers" ? "derived per name when asked for" : `${info.counts.bindingFunctions} functions, ${info.counts.bindingConsts} consts, ${info.counts.bindingTypes} type aliases, ${info.counts.bindingStructs} structs/unions`}; ${info.counts.kernelFunctionsUsingBindings} kernel-crate functions call bindings`
  ].join(`
`);
}
var BINDINGS_FROM, init_treeInfo = __esm({
  "server/src/host/treeInfo.ts"() {
    "use strict";
    init_archTable();
    BINDINGS_FROM = {
      generated: "generated (objtree's bindgen output)",
      headers: "from headers (not built yet: derived from the C headers per name)",
      none: "none"
    };
  }
});

// server/src/core/features/definition.ts
function bindingItem(name, project) {
  let b = project.index.bindings;
  return b.functions.get(name) ?? b.statics.get(name) ?? b.consts.get(name) ?? b.aliases.get(name) ?? b.structs.get(name);
}
function rustItemOf(symbol, project) {
  let b = project.index.bindings;
  return symbol.name.startsWith(HELPER_PREFIX) ? b.helperFunctions.get(symbol.binding) : b.functions.get(symbol.binding);
}
function linkedHelper(name, project) {
  return project.index.bindings.functions.get(name)?.source === "helpers" ? project.index.helpers.byRustName.get(name) : void 0;
}
function headerDeclaration(name, project) {
  let decls = project.index.headers.find(name, !0);
  return decls.find((d) => d.kind === "extern") ?? decls[0];
}
function bindingDeclaration(name, project) {
  return project.index.bindings.functions.has(name) ? headerDeclaration(name, project) : void 0;
}
function cDeclaration(name, project) {
  let helper = linkedHelper(name, project);
  if (helper) return { file: helper.file, range: helper.nameRange };
  let decl = bindingDeclaration(name, project);
  return decl ? { file: decl.file, range: decl.range } : void 0;
}
function declarationLocations(name, project) {
  let item = bindingItem(name, project);
  if (!item) return [];
  let c = cDeclaration(name, project), rust = { file: item.file, range: item.nameRange }, same2 = c && c.file === rust.file && c.range.start.line === rust.range.start.line && c.range.start.character === rust.range.start.character;
  return c && !same2 ? [c, rust] : [rust];
}
function definition(symbol, project) {
  switch (symbol.kind) {
    case "binding":
      return declarationLocations(symbol.name, project);
    case "cFunction": {
      let item = rustItemOf(symbol, project);
      return item ? [{ file: item.file, range: item.nameRange }] : [];
    }
    case "ctype":
      return [];
  }
}
var init_definition = __esm({
  "server/src/core/features/definition.ts"() {
    "use strict";
    init_helpers();
  }
});

// server/src/core/features/ffiSymbol.ts
function rustResolver(file, tree, project) {
  return new TypeResolver({ tree, model: project.model, index: project.index, crate: crateOf(project.model, file) });
}
function pathEndingAt(leaf) {
  let parent2 = leaf.parent;
  return parent2?.type !== "scoped_identifier" && parent2?.type !== "scoped_type_identifier" ? leaf : parent2.childForFieldName("name")?.id === leaf.id ? parent2 : void 0;
}
function rustSymbolOf(leaf, resolver, mapping) {
  if (leaf.type !== "identifier" && leaf.type !== "type_identifier") return;
  let path26 = pathEndingAt(leaf);
  if (!path26) return;
  let range = nodeRange(leaf), binding = resolver.bindingsItemOf(path26);
  if (binding) return { kind: "binding", name: binding, range };
  if (leaf.type !== "type_identifier") return;
  let t = resolver.resolveTypeNode(path26);
  if (t?.kind !== "path") return;
  let segs = t.segments, name = segs[segs.length - 1];
  if (!(!isCTypeName(name) || segs[segs.length - 2] !== "ffi"))
    return { kind: "ctype", name, mapping: segs[0] === "core" ? "core" : mapping, path: segs.join("::"), range };
}
function isDeclaredName(name) {
  let p = name.parent;
  return p ? p.type === "preproc_function_def" || p.type === "preproc_def" ? p.childForFieldName("name")?.id === name.id : p.type === "function_declarator" && p.childForFieldName("declarator")?.id === name.id : !1;
}
function cSymbolAt(tree, offset, project) {
  let leaf = tree.rootNode.descendantForIndex(offset);
  if (leaf.type !== "identifier") return;
  let range = nodeRange(leaf), name = leaf.text;
  if (name.startsWith(HELPER_PREFIX)) {
    let binding = name.slice(HELPER_PREFIX.length);
    return project.index.helpers.byName.has(name) ? { kind: "cFunction", name, binding, range } : void 0;
  }
  return isDeclaredName(leaf) && project.index.bindings.functions.has(name) ? { kind: "cFunction", name, binding: name, range } : void 0;
}
function ffiSymbolAt(file, language, text, tree, position, project) {
  let offset = offsetAt(lineStarts(text), text, position);
  return language === "c" ? cSymbolAt(tree, offset, project) : rustSymbolOf(tree.rootNode.descendantForIndex(offset), rustResolver(file, tree, project), project.model.mapping);
}
var init_ffiSymbol = __esm({
  "server/src/core/features/ffiSymbol.ts"() {
    "use strict";
    init_archTable();
    init_parse();
    init_tree();
    init_resolve();
    init_text();
    init_helpers();
  }
});

// server/src/core/features/references.ts
function bindingUses(binding, sources, project) {
  let out = [];
  for (let src of sources.texts()) {
    if (!src.text.includes(binding)) continue;
    let tree = parseRust(src.text), resolver = rustResolver(src.file, tree, project);
    walkNamed(tree.rootNode, (n) => {
      if (n.type === "use_declaration") return !1;
      if (n.type !== "identifier" && n.type !== "type_identifier") return !0;
      if (n.text !== binding) return !1;
      let sym = rustSymbolOf(n, resolver, project.model.mapping);
      return sym?.kind === "binding" && sym.name === binding && out.push({ file: src.file, range: sym.range }), !1;
    });
  }
  return out;
}
function bindingOf(symbol) {
  return symbol.kind === "binding" ? symbol.name : symbol.kind === "cFunction" ? symbol.binding : void 0;
}
function references(symbol, project, sources, includeDeclaration) {
  let binding = bindingOf(symbol);
  if (!binding) return [];
  let uses = bindingUses(binding, sources, project);
  return includeDeclaration ? [...declarationLocations(binding, project), ...uses] : uses;
}
var init_references = __esm({
  "server/src/core/features/references.ts"() {
    "use strict";
    init_ffiSymbol();
    init_parse();
    init_definition();
  }
});

// server/src/core/features/hover.ts
function displayLocation(model, file, line) {
  for (let root of [model.srctree, model.objtree]) {
    let rel2 = path20.relative(root, file);
    if (!rel2.startsWith("..") && !path20.isAbsolute(rel2)) return `${rel2.split(path20.sep).join("/")}:${line + 1}`;
  }
  return `${file}:${line + 1}`;
}
function code(lang, text) {
  return "```" + lang + `
` + text + "\n```";
}
function describeMapping(mapping, model) {
  return mapping === "core" ? "the `core::ffi` mapping (each target's C ABI)" : model.mappingSource === "setting" ? "the kernel mapping (set in the settings)" : "the kernel mapping (`rust/ffi.rs`)";
}
function sizeText(n) {
  return `${n} byte${n === 1 ? "" : "s"}`;
}
function archView(mapping, project) {
  let { model, index } = project;
  return new PerArchTypes(index.bindings, index.headers, { arches: model.arches, unknownArches: model.unknownArches, mapping }, !0);
}
function archRows(t, mapping, project) {
  let view = archView(mapping, project), rows = [];
  for (let v of view.variants([t])) {
    let on = view.on(t, v.arch, v.assume), rust = typeToString(on), primitive = PRIMITIVES.has(rust) ? rust : void 0, size = primitive && (v.arch ? primitiveSize(primitive, v.arch) : primitiveSizeOnAnyArch(primitive)), unknown3 = isKnown(on) ? void 0 : unknownWhy(on), row = rows.find((r) => r.rust === rust && r.size === size && r.unknown === unknown3);
    row ? row.labels.push(v.label) : rows.push({ labels: [v.label], rust, primitive, size, unknown: unknown3 });
  }
  return rows;
}
function rowFacts(row) {
  let size = row.size === void 0 ? "" : `, ${sizeText(row.size)}`;
  return row.primitive ? `${size}, ${isSigned(row.primitive) ? "signed" : "unsigned"}` : "";
}
function perArch(t, mapping, project) {
  let rows = archRows(t, mapping, project), under = `Under ${describeMapping(mapping, project.model)}`;
  if (rows.length === 1 && !rows[0].unknown) return `${under}: \`${rows[0].rust}\`${rowFacts(rows[0])}, on every arch of this tree (${rows[0].labels.join(", ")}).`;
  let table = ["| arch | Rust | size | sign |", "|---|---|---|---|"];
  for (let r of rows) {
    if (r.unknown) {
      table.push(`| ${r.labels.join(", ")} | unknown: ${r.unknown} | | |`);
      continue;
    }
    let size = r.size === void 0 ? "" : sizeText(r.size), sign = r.primitive ? isSigned(r.primitive) ? "signed" : "unsigned" : "";
    table.push(`| ${r.labels.join(", ")} | \`${r.rust}\` | ${size} | ${sign} |`);
  }
  return `${under}, it differs by arch:

${table.join(`
`)}`;
}
function typedefDefinitions(cName, project) {
  let decls = project.index.headers.typedefs(cName, !0) ?? [], conditional = (d) => d.conditions.filter(isConfigCondition);
  return decls.some((d) => conditional(d).length || headerArch(d.path)) ? `The bindings show one arch and config; its C definitions:
${decls.map((d) => {
    let conds = conditional(d);
    return `- \`typedef ${d.type} ${d.name};\`${conds.length ? ` under \`#if ${conds.join(" && ")}\`` : ""} (\`${d.path}:${d.line + 1}\`)`;
  }).join(`
`)}` : void 0;
}
function cCharFact(model) {
  if (model.unsignedChar)
    return model.unsignedCharSource === "Makefile" ? "This tree builds its C with `-funsigned-char` (its Makefile's `KBUILD_CFLAGS`): C `char` is unsigned on every arch." : "C `char` is unsigned on every arch: the kernel mapping (`rust/ffi.rs`) exists only in trees built with `-funsigned-char`.";
  let signed = model.arches.filter((a) => cCharSigned(model, a)), unsigned = model.arches.filter((a) => !cCharSigned(model, a)), sides = [signed.length ? `signed on ${signed.join(", ")}` : "", unsigned.length ? `unsigned on ${unsigned.join(", ")}` : ""], why = model.unsignedCharSource === "Makefile" ? "its Makefile does not build C with `-funsigned-char`" : "no Makefile says `-funsigned-char`";
  return `C \`char\` is ${sides.filter(Boolean).join(" and ")} in this tree: ${why}, so \`char\` follows each arch's C ABI.`;
}
function cCharNote(t, name, mapping, project) {
  let model = project.model, view = archView(mapping, project), rust = new Map(model.arches.map((a) => [a, typeToString(view.on(t, a))])), differs = model.arches.filter((a) => rust.get(a) === "i8" !== cCharSigned(model, a)), kinds = [...new Set(rust.values())], verdict;
  return differs.length ? (verdict = `\`${name}\` does not: it is \`${rust.get(differs[0])}\` on ${differs.join(", ")}.`, model.mapping === "kernel" && mapping === "core" && (verdict += " The kernel's `ffi::c_char` (`u8`) is unsigned everywhere.")) : verdict = `\`${name}\`${kinds.length === 1 ? ` (\`${kinds[0]}\`)` : ""} matches it on every arch of this tree.`, `${cCharFact(model)} ${verdict}`;
}
function ctypeOf(t) {
  if (t.kind !== "path") return;
  let last = t.segments[t.segments.length - 1];
  return isCTypeName(last) ? last : void 0;
}
function ctypeHover(sym, project) {
  let parts = [`**\`${sym.path}\`**: C \`${C_SPELLING[sym.name]}\``, perArch(pathType(...sym.path.split("::")), sym.mapping, project)];
  return sym.name === "c_char" && parts.push(cCharNote(pathType(...sym.path.split("::")), sym.path, sym.mapping, project)), parts.join(`

`);
}
function aliasHover(name, project) {
  let bindings2 = project.index.bindings, alias = bindings2.aliases.get(name), chain = bindings2.aliasChain(name), end = ctypeOf(chain[chain.length - 1]), via = [name, ...chain.map(typeToString)].map((s) => `\`${s}\``).join(" \u2192 "), parts = [
    `**\`bindings::${name}\`**: C \`${cNameOf(name)}\``,
    end ? `${via} (C \`${C_SPELLING[end]}\`)` : via,
    perArch(pathType(name), project.model.mapping, project)
  ], definitions = typedefDefinitions(cNameOf(name), project);
  return definitions && parts.push(definitions), end === "c_char" && parts.push(cCharNote(pathType(name), `bindings::${name}`, project.model.mapping, project)), parts.push(origin(alias, project)), parts.join(`

`);
}
function origin(item, project) {
  let at = `\`${displayLocation(project.model, item.file, item.nameRange.start.line)}\``;
  return item.fromHeaders ? `From the headers (not built yet): derived from ${at} as bindgen will generate it once the tree is built with CONFIG_RUST=y.` : `Generated at ${at}.`;
}
function rustSignature(fn) {
  let params = fn.params.map((p) => `${p.name}: ${typeToString(p.type)}`);
  fn.variadic && params.push("...");
  let ret = fn.returnType.kind === "tuple" && fn.returnType.elements.length === 0 ? "" : ` -> ${typeToString(fn.returnType)}`;
  return `${fn.mustUse ? `#[must_use]
` : ""}pub fn ${fn.name}(${params.join(", ")})${ret}`;
}
function helperPrototype(h) {
  let ret = h.returnType.endsWith("*") ? h.returnType : `${h.returnType} `;
  return `${h.hasRustHelper ? "__rust_helper " : ""}${ret}${h.name}(${h.params.map((p) => p.text).join(", ") || "void"})`;
}
function helperFacts(h, project) {
  let where4 = `\`${displayLocation(project.model, h.file, h.definitionRange.start.line)}\``, marked = h.hasRustHelper ? "marked `__rust_helper`, so it is inlined into Rust under `CONFIG_RUST_INLINE_HELPERS`" : project.model.rustHelperDefined ? "without `__rust_helper`, so it is never inlined into Rust" : "no `__rust_helper` (this tree does not define it)";
  return `C helper at ${where4}, ${marked}.`;
}
function wrappedDeclaration(h, project) {
  let target = h.forwardsTo, decl = target ? headerDeclaration(target, project) : void 0;
  if (decl)
    return `It wraps \`${target}\`, declared at \`${displayLocation(project.model, decl.file, decl.range.start.line)}\`:

${code("c", decl.text)}`;
}
function kernelWrappers(name, project) {
  let uses = project.index.kernel.uses(name);
  return uses?.length ? `Wrapped by the \`kernel\` crate:
${uses.map((u) => `- \`${u.function}\` in \`${u.module}\` (\`${displayLocation(project.model, u.file, u.range.start.line)}\`)`).join(`
`)}` : void 0;
}
function rustItemText(name, project) {
  let b = project.index.bindings, fn = b.functions.get(name);
  if (fn) return rustSignature(fn);
  let st = b.statics.get(name);
  if (st) return `pub static${st.mutable ? " mut" : ""} ${name}: ${typeToString(st.type)}`;
  let c = b.consts.get(name);
  if (c) return `pub const ${name}: ${typeToString(c.type)} = ${c.value}`;
  let s = b.structs.get(name);
  if (s) {
    let fields = [...s.fields.values()].map((f) => `    pub ${f.name}: ${typeToString(f.type)},`);
    return `pub ${s.kind} ${name} {
${fields.join(`
`)}
}`;
  }
}
function bindingHover(name, project) {
  if (project.index.bindings.aliases.has(name)) return aliasHover(name, project);
  let item = bindingItem(name, project), rust = rustItemText(name, project);
  if (!item || !rust) return;
  let parts = [], helper = linkedHelper(name, project), shadowed = project.index.bindings.helperFunctions.has(name) && !helper ? project.index.helpers.byRustName.get(name) : void 0;
  if (helper) {
    parts.push(code("c", helperPrototype(helper)), helperFacts(helper, project));
    let wrapped = wrappedDeclaration(helper, project);
    wrapped && parts.push(wrapped);
  } else {
    let decl = bindingDeclaration(name, project);
    decl && parts.push(code("c", decl.text), `Declared at \`${displayLocation(project.model, decl.file, decl.range.start.line)}\`.`);
  }
  parts.push(code("rust", rust), origin(item, project)), shadowed && parts.push(
    `This configuration's bindings also bind \`${name}\` directly, and Rust uses that: the helper \`${shadowed.name}\` (\`${displayLocation(project.model, shadowed.file, shadowed.definitionRange.start.line)}\`) is unused here. Whether bindgen sees the real function depends on the config.`
  );
  let wrappers = kernelWrappers(name, project);
  return wrappers && parts.push(wrappers), parts.join(`

`);
}
function helperHover(sym, project, sources) {
  let fn = rustItemOf(sym, project);
  if (!fn) return;
  let parts = [code("rust", rustSignature(fn))], at = `\`${displayLocation(project.model, fn.file, fn.nameRange.start.line)}\``;
  if (!linkedHelper(sym.binding, project))
    return parts.push(`Rust would call it as \`bindings::${sym.binding}\` (${at}), but this configuration also binds \`${sym.binding}\` directly and Rust uses that: this helper is unused here.`), parts.join(`

`);
  let n = bindingUses(sym.binding, sources, project).length;
  return parts.push(`Rust calls it as \`bindings::${sym.binding}\` (${at}).`, `${n} Rust call site${n === 1 ? "" : "s"} in this tree.`), parts.join(`

`);
}
function hover(sym, project, sources) {
  let markdown;
  switch (sym.kind) {
    case "ctype":
      markdown = ctypeHover(sym, project);
      break;
    case "binding":
      markdown = bindingHover(sym.name, project);
      break;
    case "cFunction":
      markdown = sym.name === sym.binding ? void 0 : helperHover(sym, project, sources);
      break;
  }
  return markdown ? { markdown, range: sym.range } : void 0;
}
var path20, init_hover = __esm({
  "server/src/core/features/hover.ts"() {
    "use strict";
    path20 = __toESM(require("node:path"));
    init_archTable();
    init_configTypes();
    init_headers();
    init_perArch();
    init_tree();
    init_bindings();
    init_rustType();
    init_definition();
    init_references();
  }
});

// node_modules/vscode-languageserver/lib/common/utils/is.js
var require_is = __commonJS({
  "node_modules/vscode-languageserver/lib/common/utils/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    exports2.typedArray = typedArray;
    exports2.thenable = thenable;
    function boolean(value) {
      return value === !0 || value === !1;
    }
    function string(value) {
      return typeof value == "string" || value instanceof String;
    }
    function number(value) {
      return typeof value == "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value == "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
    function typedArray(value, check2) {
      return Array.isArray(value) && value.every(check2);
    }
    function thenable(value) {
      return value && func(value.then);
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/is.js
var require_is2 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    function boolean(value) {
      return value === !0 || value === !1;
    }
    function string(value) {
      return typeof value == "string" || value instanceof String;
    }
    function number(value) {
      return typeof value == "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value == "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messages.js
var require_messages = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messages.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Message = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType = exports2.RequestType0 = exports2.AbstractMessageSignature = exports2.ParameterStructures = exports2.ResponseError = exports2.ErrorCodes = void 0;
    var is = __importStar(require_is2()), ErrorCodes2;
    (function(ErrorCodes3) {
      ErrorCodes3.ParseError = -32700, ErrorCodes3.InvalidRequest = -32600, ErrorCodes3.MethodNotFound = -32601, ErrorCodes3.InvalidParams = -32602, ErrorCodes3.InternalError = -32603, ErrorCodes3.jsonrpcReservedErrorRangeStart = -32099, ErrorCodes3.serverErrorStart = -32099, ErrorCodes3.MessageWriteError = -32099, ErrorCodes3.MessageReadError = -32098, ErrorCodes3.PendingResponseRejected = -32097, ErrorCodes3.ConnectionInactive = -32096, ErrorCodes3.ServerNotInitialized = -32002, ErrorCodes3.UnknownErrorCode = -32001, ErrorCodes3.jsonrpcReservedErrorRangeEnd = -32e3, ErrorCodes3.serverErrorEnd = -32e3;
    })(ErrorCodes2 || (exports2.ErrorCodes = ErrorCodes2 = {}));
    var ResponseError2 = class _ResponseError extends Error {
      code;
      data;
      constructor(code2, message2, data) {
        super(message2), this.code = is.number(code2) ? code2 : ErrorCodes2.UnknownErrorCode, this.data = data, Object.setPrototypeOf(this, _ResponseError.prototype);
      }
      toJson() {
        let result2 = {
          code: this.code,
          message: this.message
        };
        return this.data !== void 0 && (result2.data = this.data), result2;
      }
    };
    exports2.ResponseError = ResponseError2;
    var ParameterStructures = class _ParameterStructures {
      kind;
      /**
       * The parameter structure is automatically inferred on the number of parameters
       * and the parameter type in case of a single param.
       */
      static auto = new _ParameterStructures("auto");
      /**
       * Forces `byPosition` parameter structure. This is useful if you have a single
       * parameter which has a literal type.
       */
      static byPosition = new _ParameterStructures("byPosition");
      /**
       * Forces `byName` parameter structure. This is only useful when having a single
       * parameter. The library will report errors if used with a different number of
       * parameters.
       */
      static byName = new _ParameterStructures("byName");
      constructor(kind) {
        this.kind = kind;
      }
      static is(value) {
        return value === _ParameterStructures.auto || value === _ParameterStructures.byName || value === _ParameterStructures.byPosition;
      }
      toString() {
        return this.kind;
      }
    };
    exports2.ParameterStructures = ParameterStructures;
    var AbstractMessageSignature = class {
      method;
      numberOfParams;
      constructor(method, numberOfParams) {
        this.method = method, this.numberOfParams = numberOfParams;
      }
      get parameterStructures() {
        return ParameterStructures.auto;
      }
    };
    exports2.AbstractMessageSignature = AbstractMessageSignature;
    var RequestType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.RequestType0 = RequestType0;
    var RequestType = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1), this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType = RequestType;
    var RequestType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1), this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.RequestType1 = RequestType1;
    var RequestType2 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.RequestType2 = RequestType2;
    var RequestType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.RequestType3 = RequestType3;
    var RequestType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.RequestType4 = RequestType4;
    var RequestType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.RequestType5 = RequestType5;
    var RequestType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.RequestType6 = RequestType6;
    var RequestType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.RequestType7 = RequestType7;
    var RequestType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.RequestType8 = RequestType8;
    var RequestType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.RequestType9 = RequestType9;
    var NotificationType2 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1), this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType = NotificationType2;
    var NotificationType0 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 0);
      }
    };
    exports2.NotificationType0 = NotificationType0;
    var NotificationType1 = class extends AbstractMessageSignature {
      _parameterStructures;
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method, _parameterStructures = ParameterStructures.auto) {
        super(method, 1), this._parameterStructures = _parameterStructures;
      }
      get parameterStructures() {
        return this._parameterStructures;
      }
    };
    exports2.NotificationType1 = NotificationType1;
    var NotificationType22 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 2);
      }
    };
    exports2.NotificationType2 = NotificationType22;
    var NotificationType3 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 3);
      }
    };
    exports2.NotificationType3 = NotificationType3;
    var NotificationType4 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 4);
      }
    };
    exports2.NotificationType4 = NotificationType4;
    var NotificationType5 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 5);
      }
    };
    exports2.NotificationType5 = NotificationType5;
    var NotificationType6 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 6);
      }
    };
    exports2.NotificationType6 = NotificationType6;
    var NotificationType7 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 7);
      }
    };
    exports2.NotificationType7 = NotificationType7;
    var NotificationType8 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 8);
      }
    };
    exports2.NotificationType8 = NotificationType8;
    var NotificationType9 = class extends AbstractMessageSignature {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      _;
      constructor(method) {
        super(method, 9);
      }
    };
    exports2.NotificationType9 = NotificationType9;
    var Message;
    (function(Message2) {
      function isRequest(message2) {
        let candidate = message2;
        return candidate && is.string(candidate.method) && (is.string(candidate.id) || is.number(candidate.id));
      }
      Message2.isRequest = isRequest;
      function isNotification(message2) {
        let candidate = message2;
        return candidate && is.string(candidate.method) && message2.id === void 0;
      }
      Message2.isNotification = isNotification;
      function isResponse(message2) {
        let candidate = message2;
        return candidate && (candidate.result !== void 0 || !!candidate.error) && (is.string(candidate.id) || is.number(candidate.id) || candidate.id === null);
      }
      Message2.isResponse = isResponse;
    })(Message || (exports2.Message = Message = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/linkedMap.js
var require_linkedMap = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/linkedMap.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.LRUCache = exports2.LinkedMap = exports2.Touch = void 0;
    var Touch;
    (function(Touch2) {
      Touch2.None = 0, Touch2.First = 1, Touch2.AsOld = Touch2.First, Touch2.Last = 2, Touch2.AsNew = Touch2.Last;
    })(Touch || (exports2.Touch = Touch = {}));
    var LinkedMap = class {
      [Symbol.toStringTag] = "LinkedMap";
      _map;
      _head;
      _tail;
      _size;
      _state;
      constructor() {
        this._map = /* @__PURE__ */ new Map(), this._head = void 0, this._tail = void 0, this._size = 0, this._state = 0;
      }
      clear() {
        this._map.clear(), this._head = void 0, this._tail = void 0, this._size = 0, this._state++;
      }
      isEmpty() {
        return !this._head && !this._tail;
      }
      get size() {
        return this._size;
      }
      get first() {
        return this._head?.value;
      }
      get last() {
        return this._tail?.value;
      }
      before(key2) {
        let item = this._map.get(key2);
        return item ? item.previous?.value : void 0;
      }
      after(key2) {
        let item = this._map.get(key2);
        return item ? item.next?.value : void 0;
      }
      has(key2) {
        return this._map.has(key2);
      }
      get(key2, touch = Touch.None) {
        let item = this._map.get(key2);
        if (item)
          return touch !== Touch.None && this.touch(item, touch), item.value;
      }
      set(key2, value, touch = Touch.None) {
        let item = this._map.get(key2);
        if (item)
          item.value = value, touch !== Touch.None && this.touch(item, touch);
        else {
          switch (item = { key: key2, value, next: void 0, previous: void 0 }, touch) {
            case Touch.None:
              this.addItemLast(item);
              break;
            case Touch.First:
              this.addItemFirst(item);
              break;
            case Touch.Last:
              this.addItemLast(item);
              break;
            default:
              this.addItemLast(item);
              break;
          }
          this._map.set(key2, item), this._size++;
        }
        return this;
      }
      delete(key2) {
        return !!this.remove(key2);
      }
      remove(key2) {
        let item = this._map.get(key2);
        if (item)
          return this._map.delete(key2), this.removeItem(item), this._size--, item.value;
      }
      shift() {
        if (!this._head && !this._tail)
          return;
        if (!this._head || !this._tail)
          throw new Error("Invalid list");
        let item = this._head;
        return this._map.delete(item.key), this.removeItem(item), this._size--, item.value;
      }
      forEach(callbackfn, thisArg) {
        let state = this._state, current = this._head;
        for (; current; ) {
          if (thisArg ? callbackfn.bind(thisArg)(current.value, current.key, this) : callbackfn(current.value, current.key, this), this._state !== state)
            throw new Error("LinkedMap got modified during iteration.");
          current = current.next;
        }
      }
      keys() {
        let state = this._state, current = this._head, iterator = {
          [Symbol.iterator]: () => iterator,
          next: () => {
            if (this._state !== state)
              throw new Error("LinkedMap got modified during iteration.");
            if (current) {
              let result2 = { value: current.key, done: !1 };
              return current = current.next, result2;
            } else
              return { value: void 0, done: !0 };
          }
        };
        return iterator;
      }
      values() {
        let state = this._state, current = this._head, iterator = {
          [Symbol.iterator]: () => iterator,
          next: () => {
            if (this._state !== state)
              throw new Error("LinkedMap got modified during iteration.");
            if (current) {
              let result2 = { value: current.value, done: !1 };
              return current = current.next, result2;
            } else
              return { value: void 0, done: !0 };
          }
        };
        return iterator;
      }
      entries() {
        let state = this._state, current = this._head, iterator = {
          [Symbol.iterator]: () => iterator,
          next: () => {
            if (this._state !== state)
              throw new Error("LinkedMap got modified during iteration.");
            if (current) {
              let result2 = { value: [current.key, current.value], done: !1 };
              return current = current.next, result2;
            } else
              return { value: void 0, done: !0 };
          }
        };
        return iterator;
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      trimOld(newSize) {
        if (newSize >= this.size)
          return;
        if (newSize === 0) {
          this.clear();
          return;
        }
        let current = this._head, currentSize = this.size;
        for (; current && currentSize > newSize; )
          this._map.delete(current.key), current = current.next, currentSize--;
        this._head = current, this._size = currentSize, current && (current.previous = void 0), this._state++;
      }
      addItemFirst(item) {
        if (!this._head && !this._tail)
          this._tail = item;
        else if (this._head)
          item.next = this._head, this._head.previous = item;
        else
          throw new Error("Invalid list");
        this._head = item, this._state++;
      }
      addItemLast(item) {
        if (!this._head && !this._tail)
          this._head = item;
        else if (this._tail)
          item.previous = this._tail, this._tail.next = item;
        else
          throw new Error("Invalid list");
        this._tail = item, this._state++;
      }
      removeItem(item) {
        if (item === this._head && item === this._tail)
          this._head = void 0, this._tail = void 0;
        else if (item === this._head) {
          if (!item.next)
            throw new Error("Invalid list");
          item.next.previous = void 0, this._head = item.next;
        } else if (item === this._tail) {
          if (!item.previous)
            throw new Error("Invalid list");
          item.previous.next = void 0, this._tail = item.previous;
        } else {
          let next = item.next, previous = item.previous;
          if (!next || !previous)
            throw new Error("Invalid list");
          next.previous = previous, previous.next = next;
        }
        item.next = void 0, item.previous = void 0, this._state++;
      }
      touch(item, touch) {
        if (!this._head || !this._tail)
          throw new Error("Invalid list");
        if (!(touch !== Touch.First && touch !== Touch.Last)) {
          if (touch === Touch.First) {
            if (item === this._head)
              return;
            let next = item.next, previous = item.previous;
            item === this._tail ? (previous.next = void 0, this._tail = previous) : (next.previous = previous, previous.next = next), item.previous = void 0, item.next = this._head, this._head.previous = item, this._head = item, this._state++;
          } else if (touch === Touch.Last) {
            if (item === this._tail)
              return;
            let next = item.next, previous = item.previous;
            item === this._head ? (next.previous = void 0, this._head = next) : (next.previous = previous, previous.next = next), item.next = void 0, item.previous = this._tail, this._tail.next = item, this._tail = item, this._state++;
          }
        }
      }
      toJSON() {
        let data = [];
        return this.forEach((value, key2) => {
          data.push([key2, value]);
        }), data;
      }
      fromJSON(data) {
        this.clear();
        for (let [key2, value] of data)
          this.set(key2, value);
      }
    };
    exports2.LinkedMap = LinkedMap;
    var LRUCache = class extends LinkedMap {
      _limit;
      _ratio;
      constructor(limit, ratio = 1) {
        super(), this._limit = limit, this._ratio = Math.min(Math.max(0, ratio), 1);
      }
      get limit() {
        return this._limit;
      }
      set limit(limit) {
        this._limit = limit, this.checkTrim();
      }
      get ratio() {
        return this._ratio;
      }
      set ratio(ratio) {
        this._ratio = Math.min(Math.max(0, ratio), 1), this.checkTrim();
      }
      get(key2, touch = Touch.AsNew) {
        return super.get(key2, touch);
      }
      peek(key2) {
        return super.get(key2, Touch.None);
      }
      set(key2, value) {
        return super.set(key2, value, Touch.Last), this.checkTrim(), this;
      }
      checkTrim() {
        this.size > this._limit && this.trimOld(Math.round(this._limit * this._ratio));
      }
    };
    exports2.LRUCache = LRUCache;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/disposable.js
var require_disposable = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/disposable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Disposable = void 0;
    var Disposable;
    (function(Disposable2) {
      function create(func) {
        return {
          dispose: func
        };
      }
      Disposable2.create = create;
    })(Disposable || (exports2.Disposable = Disposable = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/ral.js
var require_ral = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/ral.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var _ral;
    function RAL() {
      if (_ral === void 0)
        throw new Error("No runtime abstraction layer installed");
      return _ral;
    }
    (function(RAL2) {
      function install(ral) {
        if (ral === void 0)
          throw new Error("No runtime abstraction layer provided");
        _ral = ral;
      }
      RAL2.install = install;
    })(RAL || (RAL = {}));
    exports2.default = RAL;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/events.js
var require_events = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/events.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Emitter = exports2.Event = void 0;
    var ral_1 = __importDefault(require_ral()), Event;
    (function(Event2) {
      let _disposable = { dispose() {
      } };
      Event2.None = function() {
        return _disposable;
      };
    })(Event || (exports2.Event = Event = {}));
    var CallbackList = class {
      _callbacks;
      _contexts;
      add(callback, context = null, bucket) {
        this._callbacks || (this._callbacks = [], this._contexts = []), this._callbacks.push(callback), this._contexts.push(context), Array.isArray(bucket) && bucket.push({ dispose: () => this.remove(callback, context) });
      }
      remove(callback, context = null) {
        if (!this._callbacks)
          return;
        let foundCallbackWithDifferentContext = !1;
        for (let i = 0, len = this._callbacks.length; i < len; i++)
          if (this._callbacks[i] === callback)
            if (this._contexts[i] === context) {
              this._callbacks.splice(i, 1), this._contexts.splice(i, 1);
              return;
            } else
              foundCallbackWithDifferentContext = !0;
        if (foundCallbackWithDifferentContext)
          throw new Error("When adding a listener with a context, you should remove it with the same context");
      }
      invoke(...args) {
        if (!this._callbacks)
          return [];
        let ret = [], callbacks = this._callbacks.slice(0), contexts = this._contexts.slice(0);
        for (let i = 0, len = callbacks.length; i < len; i++)
          try {
            ret.push(callbacks[i].apply(contexts[i], args));
          } catch (e) {
            (0, ral_1.default)().console.error(e);
          }
        return ret;
      }
      isEmpty() {
        return !this._callbacks || this._callbacks.length === 0;
      }
      dispose() {
        this._callbacks = void 0, this._contexts = void 0;
      }
    }, Emitter = class _Emitter {
      _options;
      static _noop = function() {
      };
      _event;
      _callbacks;
      constructor(_options) {
        this._options = _options;
      }
      /**
       * For the public to allow to subscribe
       * to events from this Emitter
       */
      get event() {
        return this._event || (this._event = (listener, thisArgs, disposables) => {
          this._callbacks || (this._callbacks = new CallbackList()), this._options && this._options.onFirstListenerAdd && this._callbacks.isEmpty() && this._options.onFirstListenerAdd(this), this._callbacks.add(listener, thisArgs);
          let result2 = {
            dispose: () => {
              this._callbacks && (this._callbacks.remove(listener, thisArgs), result2.dispose = _Emitter._noop, this._options && this._options.onLastListenerRemove && this._callbacks.isEmpty() && this._options.onLastListenerRemove(this));
            }
          };
          return Array.isArray(disposables) && disposables.push(result2), result2;
        }), this._event;
      }
      /**
       * To be kept private to fire an event to
       * subscribers
       */
      fire(event) {
        this._callbacks && this._callbacks.invoke.call(this._callbacks, event);
      }
      dispose() {
        this._callbacks && (this._callbacks.dispose(), this._callbacks = void 0);
      }
    };
    exports2.Emitter = Emitter;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/cancellation.js
var require_cancellation = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/cancellation.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.CancellationTokenSource = exports2.CancellationToken = void 0;
    var ral_1 = __importDefault(require_ral()), Is2 = __importStar(require_is2()), events_1 = require_events(), CancellationToken;
    (function(CancellationToken2) {
      CancellationToken2.None = Object.freeze({
        isCancellationRequested: !1,
        onCancellationRequested: events_1.Event.None
      }), CancellationToken2.Cancelled = Object.freeze({
        isCancellationRequested: !0,
        onCancellationRequested: events_1.Event.None
      });
      function is(value) {
        let candidate = value;
        return candidate && (candidate === CancellationToken2.None || candidate === CancellationToken2.Cancelled || Is2.boolean(candidate.isCancellationRequested) && !!candidate.onCancellationRequested);
      }
      CancellationToken2.is = is;
    })(CancellationToken || (exports2.CancellationToken = CancellationToken = {}));
    var shortcutEvent = Object.freeze(function(callback, context) {
      let handle = (0, ral_1.default)().timer.setTimeout(callback.bind(context), 0);
      return { dispose() {
        handle.dispose();
      } };
    }), MutableToken = class {
      _isCancelled = !1;
      _emitter;
      cancel() {
        this._isCancelled || (this._isCancelled = !0, this._emitter && (this._emitter.fire(void 0), this.dispose()));
      }
      get isCancellationRequested() {
        return this._isCancelled;
      }
      get onCancellationRequested() {
        return this._isCancelled ? shortcutEvent : (this._emitter || (this._emitter = new events_1.Emitter()), this._emitter.event);
      }
      dispose() {
        this._emitter && (this._emitter.dispose(), this._emitter = void 0);
      }
    }, CancellationTokenSource = class {
      _token;
      get token() {
        return this._token || (this._token = new MutableToken()), this._token;
      }
      cancel() {
        this._token ? this._token.cancel() : this._token = CancellationToken.Cancelled;
      }
      dispose() {
        this._token ? this._token instanceof MutableToken && this._token.dispose() : this._token = CancellationToken.None;
      }
    };
    exports2.CancellationTokenSource = CancellationTokenSource;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js
var require_sharedArrayCancellation = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/sharedArrayCancellation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = void 0;
    var cancellation_1 = require_cancellation(), CancellationState;
    (function(CancellationState2) {
      CancellationState2.Continue = 0, CancellationState2.Cancelled = 1;
    })(CancellationState || (CancellationState = {}));
    var SharedArraySenderStrategy = class {
      buffers;
      constructor() {
        this.buffers = /* @__PURE__ */ new Map();
      }
      enableCancellation(request) {
        if (request.id === null)
          return;
        let buffer = new SharedArrayBuffer(4), data = new Int32Array(buffer, 0, 1);
        data[0] = CancellationState.Continue, this.buffers.set(request.id, buffer), request.$cancellationData = buffer;
      }
      async sendCancellation(_conn, id) {
        let buffer = this.buffers.get(id);
        if (buffer === void 0)
          return;
        let data = new Int32Array(buffer, 0, 1);
        Atomics.store(data, 0, CancellationState.Cancelled);
      }
      cleanup(id) {
        this.buffers.delete(id);
      }
      dispose() {
        this.buffers.clear();
      }
    };
    exports2.SharedArraySenderStrategy = SharedArraySenderStrategy;
    var SharedArrayBufferCancellationToken = class {
      data;
      constructor(buffer) {
        this.data = new Int32Array(buffer, 0, 1);
      }
      get isCancellationRequested() {
        return Atomics.load(this.data, 0) === CancellationState.Cancelled;
      }
      get onCancellationRequested() {
        throw new Error("Cancellation over SharedArrayBuffer doesn't support cancellation events");
      }
    }, SharedArrayBufferCancellationTokenSource = class {
      token;
      constructor(buffer) {
        this.token = new SharedArrayBufferCancellationToken(buffer);
      }
      cancel() {
      }
      dispose() {
      }
    }, SharedArrayReceiverStrategy = class {
      kind = "request";
      createCancellationTokenSource(request) {
        let buffer = request.$cancellationData;
        return buffer === void 0 ? new cancellation_1.CancellationTokenSource() : new SharedArrayBufferCancellationTokenSource(buffer);
      }
    };
    exports2.SharedArrayReceiverStrategy = SharedArrayReceiverStrategy;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/semaphore.js
var require_semaphore = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/semaphore.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Semaphore = void 0;
    var ral_1 = __importDefault(require_ral()), Semaphore = class {
      _capacity;
      _active;
      _waiting;
      constructor(capacity = 1) {
        if (capacity <= 0)
          throw new Error("Capacity must be greater than 0");
        this._capacity = capacity, this._active = 0, this._waiting = [];
      }
      lock(thunk) {
        return new Promise((resolve10, reject) => {
          this._waiting.push({ thunk, resolve: resolve10, reject }), this.runNext();
        });
      }
      get active() {
        return this._active;
      }
      runNext() {
        this._waiting.length === 0 || this._active === this._capacity || (0, ral_1.default)().timer.setImmediate(() => this.doRunNext());
      }
      doRunNext() {
        if (this._waiting.length === 0 || this._active === this._capacity)
          return;
        let next = this._waiting.shift();
        if (this._active++, this._active > this._capacity)
          throw new Error("Too many thunks active");
        try {
          let result2 = next.thunk();
          result2 instanceof Promise ? result2.then((value) => {
            this._active--, next.resolve(value), this.runNext();
          }, (err) => {
            this._active--, next.reject(err), this.runNext();
          }) : (this._active--, next.resolve(result2), this.runNext());
        } catch (err) {
          this._active--, next.reject(err), this.runNext();
        }
      }
    };
    exports2.Semaphore = Semaphore;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageReader.js
var require_messageReader = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageReader.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = void 0;
    var ral_1 = __importDefault(require_ral()), Is2 = __importStar(require_is2()), events_1 = require_events(), semaphore_1 = require_semaphore(), MessageReader;
    (function(MessageReader2) {
      function is(value) {
        let candidate = value;
        return candidate && Is2.func(candidate.listen) && Is2.func(candidate.dispose) && Is2.func(candidate.onError) && Is2.func(candidate.onClose) && Is2.func(candidate.onPartialMessage);
      }
      MessageReader2.is = is;
    })(MessageReader || (exports2.MessageReader = MessageReader = {}));
    var AbstractMessageReader = class {
      errorEmitter;
      closeEmitter;
      partialMessageEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter(), this.closeEmitter = new events_1.Emitter(), this.partialMessageEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose(), this.closeEmitter.dispose(), this.partialMessageEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error) {
        this.errorEmitter.fire(this.asError(error));
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      get onPartialMessage() {
        return this.partialMessageEmitter.event;
      }
      firePartialMessage(info) {
        this.partialMessageEmitter.fire(info);
      }
      asError(error) {
        return error instanceof Error ? error : new Error(`Reader received error. Reason: ${Is2.string(error.message) ? error.message : "unknown"}`);
      }
    };
    exports2.AbstractMessageReader = AbstractMessageReader;
    var ResolvedMessageReaderOptions;
    (function(ResolvedMessageReaderOptions2) {
      function fromOptions(options) {
        let charset, result2, contentDecoder, contentDecoders = /* @__PURE__ */ new Map(), contentTypeDecoder, contentTypeDecoders = /* @__PURE__ */ new Map();
        if (options === void 0 || typeof options == "string")
          charset = options ?? "utf-8";
        else {
          if (charset = options.charset ?? "utf-8", options.contentDecoder !== void 0 && (contentDecoder = options.contentDecoder, contentDecoders.set(contentDecoder.name, contentDecoder)), options.contentDecoders !== void 0)
            for (let decoder of options.contentDecoders)
              contentDecoders.set(decoder.name, decoder);
          if (options.contentTypeDecoder !== void 0 && (contentTypeDecoder = options.contentTypeDecoder, contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder)), options.contentTypeDecoders !== void 0)
            for (let decoder of options.contentTypeDecoders)
              contentTypeDecoders.set(decoder.name, decoder);
        }
        return contentTypeDecoder === void 0 && (contentTypeDecoder = (0, ral_1.default)().applicationJson.decoder, contentTypeDecoders.set(contentTypeDecoder.name, contentTypeDecoder)), { charset, contentDecoder, contentDecoders, contentTypeDecoder, contentTypeDecoders };
      }
      ResolvedMessageReaderOptions2.fromOptions = fromOptions;
    })(ResolvedMessageReaderOptions || (ResolvedMessageReaderOptions = {}));
    var ReadableStreamMessageReader = class extends AbstractMessageReader {
      readable;
      options;
      callback;
      nextMessageLength;
      messageToken;
      buffer;
      partialMessageTimer;
      _partialMessageTimeout;
      readSemaphore;
      constructor(readable, options) {
        super(), this.readable = readable, this.options = ResolvedMessageReaderOptions.fromOptions(options), this.buffer = (0, ral_1.default)().messageBuffer.create(this.options.charset), this._partialMessageTimeout = 1e4, this.nextMessageLength = -1, this.messageToken = 0, this.readSemaphore = new semaphore_1.Semaphore(1);
      }
      set partialMessageTimeout(timeout) {
        this._partialMessageTimeout = timeout;
      }
      get partialMessageTimeout() {
        return this._partialMessageTimeout;
      }
      listen(callback) {
        this.nextMessageLength = -1, this.messageToken = 0, this.partialMessageTimer = void 0, this.callback = callback;
        let result2 = this.readable.onData((data) => {
          this.onData(data);
        });
        return this.readable.onError((error) => this.fireError(error)), this.readable.onClose(() => this.fireClose()), result2;
      }
      onData(data) {
        try {
          for (this.buffer.append(data); ; ) {
            if (this.nextMessageLength === -1) {
              let headers = this.buffer.tryReadHeaders(!0);
              if (!headers)
                return;
              let contentLength = headers.get("content-length");
              if (!contentLength) {
                this.fireError(new Error(`Header must provide a Content-Length property.
${JSON.stringify(Object.fromEntries(headers))}`));
                return;
              }
              let length = parseInt(contentLength);
              if (isNaN(length)) {
                this.fireError(new Error(`Content-Length value must be a number. Got ${contentLength}`));
                return;
              }
              this.nextMessageLength = length;
            }
            let body = this.buffer.tryReadBody(this.nextMessageLength);
            if (body === void 0) {
              this.setPartialMessageTimer();
              return;
            }
            this.clearPartialMessageTimer(), this.nextMessageLength = -1, this.readSemaphore.lock(async () => {
              let bytes = this.options.contentDecoder !== void 0 ? await this.options.contentDecoder.decode(body) : body, message2 = await this.options.contentTypeDecoder.decode(bytes, this.options);
              this.callback(message2);
            }).catch((error) => {
              this.fireError(error);
            });
          }
        } catch (error) {
          this.fireError(error);
        }
      }
      clearPartialMessageTimer() {
        this.partialMessageTimer && (this.partialMessageTimer.dispose(), this.partialMessageTimer = void 0);
      }
      setPartialMessageTimer() {
        this.clearPartialMessageTimer(), !(this._partialMessageTimeout <= 0) && (this.partialMessageTimer = (0, ral_1.default)().timer.setTimeout((token, timeout) => {
          this.partialMessageTimer = void 0, token === this.messageToken && (this.firePartialMessage({ messageToken: token, waitingTime: timeout }), this.setPartialMessageTimer());
        }, this._partialMessageTimeout, this.messageToken, this._partialMessageTimeout));
      }
    };
    exports2.ReadableStreamMessageReader = ReadableStreamMessageReader;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageWriter.js
var require_messageWriter = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageWriter.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = void 0;
    var ral_1 = __importDefault(require_ral()), Is2 = __importStar(require_is2()), semaphore_1 = require_semaphore(), events_1 = require_events(), ContentLength = "Content-Length: ", CRLF = `\r
`, MessageWriter;
    (function(MessageWriter2) {
      function is(value) {
        let candidate = value;
        return candidate && Is2.func(candidate.dispose) && Is2.func(candidate.onClose) && Is2.func(candidate.onError) && Is2.func(candidate.write);
      }
      MessageWriter2.is = is;
    })(MessageWriter || (exports2.MessageWriter = MessageWriter = {}));
    var AbstractMessageWriter = class {
      errorEmitter;
      closeEmitter;
      constructor() {
        this.errorEmitter = new events_1.Emitter(), this.closeEmitter = new events_1.Emitter();
      }
      dispose() {
        this.errorEmitter.dispose(), this.closeEmitter.dispose();
      }
      get onError() {
        return this.errorEmitter.event;
      }
      fireError(error, message2, count) {
        this.errorEmitter.fire([this.asError(error), message2, count]);
      }
      get onClose() {
        return this.closeEmitter.event;
      }
      fireClose() {
        this.closeEmitter.fire(void 0);
      }
      asError(error) {
        return error instanceof Error ? error : new Error(`Writer received error. Reason: ${Is2.string(error.message) ? error.message : "unknown"}`);
      }
    };
    exports2.AbstractMessageWriter = AbstractMessageWriter;
    var ResolvedMessageWriterOptions;
    (function(ResolvedMessageWriterOptions2) {
      function fromOptions(options) {
        return options === void 0 || typeof options == "string" ? { charset: options ?? "utf-8", contentTypeEncoder: (0, ral_1.default)().applicationJson.encoder } : { charset: options.charset ?? "utf-8", contentEncoder: options.contentEncoder, contentTypeEncoder: options.contentTypeEncoder ?? (0, ral_1.default)().applicationJson.encoder };
      }
      ResolvedMessageWriterOptions2.fromOptions = fromOptions;
    })(ResolvedMessageWriterOptions || (ResolvedMessageWriterOptions = {}));
    var WriteableStreamMessageWriter = class extends AbstractMessageWriter {
      writable;
      options;
      errorCount;
      writeSemaphore;
      constructor(writable, options) {
        super(), this.writable = writable, this.options = ResolvedMessageWriterOptions.fromOptions(options), this.errorCount = 0, this.writeSemaphore = new semaphore_1.Semaphore(1), this.writable.onError((error) => this.fireError(error)), this.writable.onClose(() => this.fireClose());
      }
      async write(msg) {
        return this.writeSemaphore.lock(async () => this.options.contentTypeEncoder.encode(msg, this.options).then((buffer) => this.options.contentEncoder !== void 0 ? this.options.contentEncoder.encode(buffer) : buffer).then((buffer) => {
          let headers = [];
          return headers.push(ContentLength, buffer.byteLength.toString(), CRLF), headers.push(CRLF), this.doWrite(msg, headers, buffer);
        }, (error) => {
          throw this.fireError(error), error;
        }));
      }
      async doWrite(msg, headers, data) {
        try {
          return await this.writable.write(headers.join(""), "ascii"), this.writable.write(data);
        } catch (error) {
          return this.handleError(error, msg), Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++, this.fireError(error, msg, this.errorCount);
      }
      end() {
        this.writable.end();
      }
    };
    exports2.WriteableStreamMessageWriter = WriteableStreamMessageWriter;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageBuffer.js
var require_messageBuffer = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/messageBuffer.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.AbstractMessageBuffer = void 0;
    var CR2 = 13, LF2 = 10, CRLF = `\r
`, AbstractMessageBuffer = class {
      _encoding;
      _chunks;
      _totalLength;
      constructor(encoding = "utf-8") {
        this._encoding = encoding, this._chunks = [], this._totalLength = 0;
      }
      get encoding() {
        return this._encoding;
      }
      append(chunk) {
        let toAppend = typeof chunk == "string" ? this.fromString(chunk, this._encoding) : chunk;
        this._chunks.push(toAppend), this._totalLength += toAppend.byteLength;
      }
      tryReadHeaders(lowerCaseKeys = !1) {
        if (this._chunks.length === 0)
          return;
        let state = 0, chunkIndex = 0, offset = 0, chunkBytesRead = 0;
        row: for (; chunkIndex < this._chunks.length; ) {
          let chunk = this._chunks[chunkIndex];
          for (offset = 0; offset < chunk.length; ) {
            switch (chunk[offset]) {
              case CR2:
                switch (state) {
                  case 0:
                    state = 1;
                    break;
                  case 2:
                    state = 3;
                    break;
                  default:
                    state = 0;
                }
                break;
              case LF2:
                switch (state) {
                  case 1:
                    state = 2;
                    break;
                  case 3:
                    state = 4, offset++;
                    break row;
                  default:
                    state = 0;
                }
                break;
              default:
                state = 0;
            }
            offset++;
          }
          chunkBytesRead += chunk.byteLength, chunkIndex++;
        }
        if (state !== 4)
          return;
        let buffer = this._read(chunkBytesRead + offset), result2 = /* @__PURE__ */ new Map(), headers = this.toString(buffer, "ascii").split(CRLF);
        if (headers.length < 2)
          return result2;
        for (let i = 0; i < headers.length - 2; i++) {
          let header = headers[i], index = header.indexOf(":");
          if (index === -1)
            throw new Error(`Message header must separate key and value using ':'
${header}`);
          let key2 = header.substr(0, index), value = header.substr(index + 1).trim();
          result2.set(lowerCaseKeys ? key2.toLowerCase() : key2, value);
        }
        return result2;
      }
      tryReadBody(length) {
        if (!(this._totalLength < length))
          return this._read(length);
      }
      get numberOfBytes() {
        return this._totalLength;
      }
      _read(byteCount) {
        if (byteCount === 0)
          return this.emptyBuffer();
        if (byteCount > this._totalLength)
          throw new Error("Cannot read so many bytes!");
        if (this._chunks[0].byteLength === byteCount) {
          let chunk = this._chunks[0];
          return this._chunks.shift(), this._totalLength -= byteCount, this.asNative(chunk);
        }
        if (this._chunks[0].byteLength > byteCount) {
          let chunk = this._chunks[0], result3 = this.asNative(chunk, byteCount);
          return this._chunks[0] = chunk.slice(byteCount), this._totalLength -= byteCount, result3;
        }
        let result2 = this.allocNative(byteCount), resultOffset = 0, chunkIndex = 0;
        for (; byteCount > 0; ) {
          let chunk = this._chunks[chunkIndex];
          if (chunk.byteLength > byteCount) {
            let chunkPart = chunk.slice(0, byteCount);
            result2.set(chunkPart, resultOffset), resultOffset += byteCount, this._chunks[chunkIndex] = chunk.slice(byteCount), this._totalLength -= byteCount, byteCount -= byteCount;
          } else
            result2.set(chunk, resultOffset), resultOffset += chunk.byteLength, this._chunks.shift(), this._totalLength -= chunk.byteLength, byteCount -= chunk.byteLength;
        }
        return result2;
      }
    };
    exports2.AbstractMessageBuffer = AbstractMessageBuffer;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/connection.js
var require_connection = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/connection.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ConnectionOptions = exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.CancellationReceiverStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.ConnectionStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = exports2.NullLogger = exports2.ProgressType = exports2.ProgressToken = void 0;
    exports2.createMessageConnection = createMessageConnection;
    var ral_1 = __importDefault(require_ral()), Is2 = __importStar(require_is2()), messages_1 = require_messages(), linkedMap_1 = require_linkedMap(), events_1 = require_events(), cancellation_1 = require_cancellation(), CancelNotification;
    (function(CancelNotification2) {
      CancelNotification2.type = new messages_1.NotificationType("$/cancelRequest");
    })(CancelNotification || (CancelNotification = {}));
    var ProgressToken;
    (function(ProgressToken2) {
      function is(value) {
        return typeof value == "string" || typeof value == "number";
      }
      ProgressToken2.is = is;
    })(ProgressToken || (exports2.ProgressToken = ProgressToken = {}));
    var ProgressNotification;
    (function(ProgressNotification2) {
      ProgressNotification2.type = new messages_1.NotificationType("$/progress");
    })(ProgressNotification || (ProgressNotification = {}));
    var ProgressType = class {
      /**
       * Clients must not use these properties. They are here to ensure correct typing.
       * in TypeScript
       */
      __;
      _pr;
      constructor() {
      }
    };
    exports2.ProgressType = ProgressType;
    var StarRequestHandler;
    (function(StarRequestHandler2) {
      function is(value) {
        return Is2.func(value);
      }
      StarRequestHandler2.is = is;
    })(StarRequestHandler || (StarRequestHandler = {}));
    exports2.NullLogger = Object.freeze({
      error: () => {
      },
      warn: () => {
      },
      info: () => {
      },
      log: () => {
      }
    });
    var Trace;
    (function(Trace2) {
      Trace2[Trace2.Off = 0] = "Off", Trace2[Trace2.Messages = 1] = "Messages", Trace2[Trace2.Compact = 2] = "Compact", Trace2[Trace2.Verbose = 3] = "Verbose";
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceValue;
    (function(TraceValue2) {
      TraceValue2.Off = "off", TraceValue2.Messages = "messages", TraceValue2.Compact = "compact", TraceValue2.Verbose = "verbose";
    })(TraceValue || (exports2.TraceValue = TraceValue = {}));
    exports2.TraceValues = TraceValue;
    (function(Trace2) {
      function fromString(value) {
        if (!Is2.string(value))
          return Trace2.Off;
        switch (value = value.toLowerCase(), value) {
          case "off":
            return Trace2.Off;
          case "messages":
            return Trace2.Messages;
          case "compact":
            return Trace2.Compact;
          case "verbose":
            return Trace2.Verbose;
          default:
            return Trace2.Off;
        }
      }
      Trace2.fromString = fromString;
      function toString(value) {
        switch (value) {
          case Trace2.Off:
            return "off";
          case Trace2.Messages:
            return "messages";
          case Trace2.Compact:
            return "compact";
          case Trace2.Verbose:
            return "verbose";
          default:
            return "off";
        }
      }
      Trace2.toString = toString;
    })(Trace || (exports2.Trace = Trace = {}));
    var TraceFormat;
    (function(TraceFormat2) {
      TraceFormat2.Text = "text", TraceFormat2.JSON = "json";
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    (function(TraceFormat2) {
      function fromString(value) {
        return Is2.string(value) ? (value = value.toLowerCase(), value === "json" ? TraceFormat2.JSON : TraceFormat2.Text) : TraceFormat2.Text;
      }
      TraceFormat2.fromString = fromString;
    })(TraceFormat || (exports2.TraceFormat = TraceFormat = {}));
    var SetTraceNotification;
    (function(SetTraceNotification2) {
      SetTraceNotification2.type = new messages_1.NotificationType("$/setTrace");
    })(SetTraceNotification || (exports2.SetTraceNotification = SetTraceNotification = {}));
    var LogTraceNotification;
    (function(LogTraceNotification2) {
      LogTraceNotification2.type = new messages_1.NotificationType("$/logTrace");
    })(LogTraceNotification || (exports2.LogTraceNotification = LogTraceNotification = {}));
    var ConnectionErrors;
    (function(ConnectionErrors2) {
      ConnectionErrors2[ConnectionErrors2.Closed = 1] = "Closed", ConnectionErrors2[ConnectionErrors2.Disposed = 2] = "Disposed", ConnectionErrors2[ConnectionErrors2.AlreadyListening = 3] = "AlreadyListening";
    })(ConnectionErrors || (exports2.ConnectionErrors = ConnectionErrors = {}));
    var ConnectionError = class _ConnectionError extends Error {
      code;
      constructor(code2, message2) {
        super(message2), this.code = code2, Object.setPrototypeOf(this, _ConnectionError.prototype);
      }
    };
    exports2.ConnectionError = ConnectionError;
    var ConnectionStrategy;
    (function(ConnectionStrategy2) {
      function is(value) {
        let candidate = value;
        return candidate && Is2.func(candidate.cancelUndispatched);
      }
      ConnectionStrategy2.is = is;
    })(ConnectionStrategy || (exports2.ConnectionStrategy = ConnectionStrategy = {}));
    var IdCancellationReceiverStrategy;
    (function(IdCancellationReceiverStrategy2) {
      function is(value) {
        let candidate = value;
        return candidate && (candidate.kind === void 0 || candidate.kind === "id") && Is2.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is2.func(candidate.dispose));
      }
      IdCancellationReceiverStrategy2.is = is;
    })(IdCancellationReceiverStrategy || (exports2.IdCancellationReceiverStrategy = IdCancellationReceiverStrategy = {}));
    var RequestCancellationReceiverStrategy;
    (function(RequestCancellationReceiverStrategy2) {
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "request" && Is2.func(candidate.createCancellationTokenSource) && (candidate.dispose === void 0 || Is2.func(candidate.dispose));
      }
      RequestCancellationReceiverStrategy2.is = is;
    })(RequestCancellationReceiverStrategy || (exports2.RequestCancellationReceiverStrategy = RequestCancellationReceiverStrategy = {}));
    var CancellationReceiverStrategy;
    (function(CancellationReceiverStrategy2) {
      CancellationReceiverStrategy2.Message = Object.freeze({
        createCancellationTokenSource(_) {
          return new cancellation_1.CancellationTokenSource();
        }
      });
      function is(value) {
        return IdCancellationReceiverStrategy.is(value) || RequestCancellationReceiverStrategy.is(value);
      }
      CancellationReceiverStrategy2.is = is;
    })(CancellationReceiverStrategy || (exports2.CancellationReceiverStrategy = CancellationReceiverStrategy = {}));
    var CancellationSenderStrategy;
    (function(CancellationSenderStrategy2) {
      CancellationSenderStrategy2.Message = Object.freeze({
        sendCancellation(conn, id) {
          return conn.sendNotification(CancelNotification.type, { id });
        },
        cleanup(_) {
        }
      });
      function is(value) {
        let candidate = value;
        return candidate && Is2.func(candidate.sendCancellation) && Is2.func(candidate.cleanup);
      }
      CancellationSenderStrategy2.is = is;
    })(CancellationSenderStrategy || (exports2.CancellationSenderStrategy = CancellationSenderStrategy = {}));
    var CancellationStrategy;
    (function(CancellationStrategy2) {
      CancellationStrategy2.Message = Object.freeze({
        receiver: CancellationReceiverStrategy.Message,
        sender: CancellationSenderStrategy.Message
      });
      function is(value) {
        let candidate = value;
        return candidate && CancellationReceiverStrategy.is(candidate.receiver) && CancellationSenderStrategy.is(candidate.sender);
      }
      CancellationStrategy2.is = is;
    })(CancellationStrategy || (exports2.CancellationStrategy = CancellationStrategy = {}));
    var MessageStrategy;
    (function(MessageStrategy2) {
      function is(value) {
        let candidate = value;
        return candidate && Is2.func(candidate.handleMessage);
      }
      MessageStrategy2.is = is;
    })(MessageStrategy || (exports2.MessageStrategy = MessageStrategy = {}));
    var ConnectionOptions;
    (function(ConnectionOptions2) {
      function is(value) {
        let candidate = value;
        return candidate && (CancellationStrategy.is(candidate.cancellationStrategy) || ConnectionStrategy.is(candidate.connectionStrategy) || MessageStrategy.is(candidate.messageStrategy) || Is2.number(candidate.maxParallelism));
      }
      ConnectionOptions2.is = is;
    })(ConnectionOptions || (exports2.ConnectionOptions = ConnectionOptions = {}));
    var ConnectionState;
    (function(ConnectionState2) {
      ConnectionState2[ConnectionState2.New = 1] = "New", ConnectionState2[ConnectionState2.Listening = 2] = "Listening", ConnectionState2[ConnectionState2.Closed = 3] = "Closed", ConnectionState2[ConnectionState2.Disposed = 4] = "Disposed";
    })(ConnectionState || (ConnectionState = {}));
    function createMessageConnection(messageReader, messageWriter, _logger, options) {
      let logger = _logger !== void 0 ? _logger : exports2.NullLogger, sequenceNumber = 0, notificationSequenceNumber = 0, unknownResponseSequenceNumber = 0, version2 = "2.0", maxParallelism = options?.maxParallelism ?? -1, inFlight = 0, starRequestHandler, requestHandlers = /* @__PURE__ */ new Map(), starNotificationHandler, notificationHandlers = /* @__PURE__ */ new Map(), progressHandlers = /* @__PURE__ */ new Map(), timer, messageQueue = new linkedMap_1.LinkedMap(), responsePromises = /* @__PURE__ */ new Map(), knownCanceledRequests = /* @__PURE__ */ new Set(), requestTokens = /* @__PURE__ */ new Map(), trace = Trace.Off, traceFormat = TraceFormat.Text, tracer, state = ConnectionState.New, errorEmitter = new events_1.Emitter(), closeEmitter = new events_1.Emitter(), unhandledNotificationEmitter = new events_1.Emitter(), unhandledProgressEmitter = new events_1.Emitter(), disposeEmitter = new events_1.Emitter(), cancellationStrategy = options && options.cancellationStrategy ? options.cancellationStrategy : CancellationStrategy.Message;
      function cancelUndispatched(_message) {
      }
      function isListening() {
        return state === ConnectionState.Listening;
      }
      function isClosed() {
        return state === ConnectionState.Closed;
      }
      function isDisposed() {
        return state === ConnectionState.Disposed;
      }
      function closeHandler() {
        (state === ConnectionState.New || state === ConnectionState.Listening) && (state = ConnectionState.Closed, closeEmitter.fire(void 0));
      }
      function readErrorHandler(error) {
        errorEmitter.fire([error, void 0, void 0]);
      }
      function writeErrorHandler(data) {
        errorEmitter.fire(data);
      }
      messageReader.onClose(closeHandler), messageReader.onError(readErrorHandler), messageWriter.onClose(closeHandler), messageWriter.onError(writeErrorHandler);
      function createRequestQueueKey(id) {
        if (id === null)
          throw new Error("Can't send requests with id null since the response can't be correlated.");
        return "req-" + id.toString();
      }
      function createResponseQueueKey(id) {
        return id === null ? "res-unknown-" + (++unknownResponseSequenceNumber).toString() : "res-" + id.toString();
      }
      function createNotificationQueueKey() {
        return "not-" + (++notificationSequenceNumber).toString();
      }
      function addMessageToQueue(queue, message2) {
        messages_1.Message.isRequest(message2) ? queue.set(createRequestQueueKey(message2.id), message2) : messages_1.Message.isResponse(message2) ? maxParallelism === -1 ? queue.set(createResponseQueueKey(message2.id), message2) : handleResponse(message2) : queue.set(createNotificationQueueKey(), message2);
      }
      function triggerMessageQueue() {
        timer || messageQueue.size === 0 || maxParallelism !== -1 && inFlight >= maxParallelism || (timer = (0, ral_1.default)().timer.setImmediate(async () => {
          if (timer = void 0, messageQueue.size === 0 || maxParallelism !== -1 && inFlight >= maxParallelism)
            return;
          let message2 = messageQueue.shift(), result2;
          try {
            inFlight++;
            let messageStrategy = options?.messageStrategy;
            MessageStrategy.is(messageStrategy) ? result2 = messageStrategy.handleMessage(message2, handleMessage) : result2 = handleMessage(message2);
          } catch (error) {
            logger.error(`Processing message queue failed: ${error.toString()}`);
          } finally {
            result2 instanceof Promise ? result2.then(() => {
              inFlight--, triggerMessageQueue();
            }).catch((error) => {
              logger.error(`Processing message queue failed: ${error.toString()}`);
            }) : inFlight--, triggerMessageQueue();
          }
        }));
      }
      async function handleMessage(message2) {
        return messages_1.Message.isRequest(message2) ? handleRequest(message2) : messages_1.Message.isNotification(message2) ? handleNotification(message2) : messages_1.Message.isResponse(message2) ? handleResponse(message2) : handleInvalidMessage(message2);
      }
      let callback = (message2) => {
        try {
          if (messages_1.Message.isNotification(message2) && message2.method === CancelNotification.type.method) {
            let cancelId = message2.params.id, key2 = createRequestQueueKey(cancelId), toCancel = messageQueue.get(key2);
            if (messages_1.Message.isRequest(toCancel)) {
              let strategy = options?.connectionStrategy, response = strategy && strategy.cancelUndispatched ? strategy.cancelUndispatched(toCancel, cancelUndispatched) : void 0;
              if (response && (response.error !== void 0 || response.result !== void 0)) {
                messageQueue.delete(key2), requestTokens.delete(cancelId), response.id = toCancel.id, traceSendingResponse(response, message2.method, Date.now()), messageWriter.write(response).catch(() => logger.error("Sending response for canceled message failed."));
                return;
              }
            }
            let cancellationToken = requestTokens.get(cancelId);
            if (cancellationToken !== void 0) {
              cancellationToken.cancel(), traceReceivedNotification(message2);
              return;
            } else
              knownCanceledRequests.add(cancelId);
          }
          addMessageToQueue(messageQueue, message2);
        } finally {
          triggerMessageQueue();
        }
      };
      async function handleRequest(requestMessage) {
        if (isDisposed())
          return Promise.resolve();
        function reply(resultOrError, method, startTime2) {
          let message2 = {
            jsonrpc: version2,
            id: requestMessage.id
          };
          return resultOrError instanceof messages_1.ResponseError ? message2.error = resultOrError.toJson() : message2.result = resultOrError === void 0 ? null : resultOrError, traceSendingResponse(message2, method, startTime2), messageWriter.write(message2);
        }
        function replyError(error, method, startTime2) {
          let message2 = {
            jsonrpc: version2,
            id: requestMessage.id,
            error: error.toJson()
          };
          return traceSendingResponse(message2, method, startTime2), messageWriter.write(message2);
        }
        traceReceivedRequest(requestMessage);
        let element = requestHandlers.get(requestMessage.method), type, requestHandler;
        element && (type = element.type, requestHandler = element.handler);
        let startTime = Date.now();
        if (requestHandler || starRequestHandler) {
          let tokenKey = requestMessage.id ?? String(Date.now()), cancellationSource = IdCancellationReceiverStrategy.is(cancellationStrategy.receiver) ? cancellationStrategy.receiver.createCancellationTokenSource(tokenKey) : cancellationStrategy.receiver.createCancellationTokenSource(requestMessage);
          requestMessage.id !== null && knownCanceledRequests.has(requestMessage.id) && cancellationSource.cancel(), requestMessage.id !== null && requestTokens.set(tokenKey, cancellationSource);
          try {
            let handlerResult;
            if (requestHandler)
              if (requestMessage.params === void 0) {
                if (type !== void 0 && type.numberOfParams !== 0)
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines ${type.numberOfParams} params but received none.`), requestMessage.method, startTime);
                handlerResult = requestHandler(cancellationSource.token);
              } else if (Array.isArray(requestMessage.params)) {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byName)
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by name but received parameters by position`), requestMessage.method, startTime);
                handlerResult = requestHandler(...requestMessage.params, cancellationSource.token);
              } else {
                if (type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition)
                  return replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InvalidParams, `Request ${requestMessage.method} defines parameters by position but received parameters by name`), requestMessage.method, startTime);
                handlerResult = requestHandler(requestMessage.params, cancellationSource.token);
              }
            else starRequestHandler && (handlerResult = starRequestHandler(requestMessage.method, requestMessage.params, cancellationSource.token));
            let resultOrError = await handlerResult;
            await reply(resultOrError, requestMessage.method, startTime);
          } catch (error) {
            error instanceof messages_1.ResponseError ? await reply(error, requestMessage.method, startTime) : error && Is2.string(error.message) ? await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed with message: ${error.message}`), requestMessage.method, startTime) : await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.InternalError, `Request ${requestMessage.method} failed unexpectedly without providing any details.`), requestMessage.method, startTime);
          } finally {
            requestTokens.delete(tokenKey);
          }
        } else
          await replyError(new messages_1.ResponseError(messages_1.ErrorCodes.MethodNotFound, `Unhandled method ${requestMessage.method}`), requestMessage.method, startTime);
      }
      function handleResponse(responseMessage) {
        if (!isDisposed())
          if (responseMessage.id === null)
            responseMessage.error ? logger.error(`Received response message without id: Error is: 
${JSON.stringify(responseMessage.error, void 0, 4)}`) : logger.error("Received response message without id. No further error information provided.");
          else {
            let key2 = responseMessage.id, responsePromise = responsePromises.get(key2);
            if (traceReceivedResponse(responseMessage, responsePromise), responsePromise !== void 0) {
              responsePromises.delete(key2);
              try {
                if (responseMessage.error) {
                  let error = responseMessage.error;
                  responsePromise.reject(new messages_1.ResponseError(error.code, error.message, error.data));
                } else if (responseMessage.result !== void 0)
                  responsePromise.resolve(responseMessage.result);
                else
                  throw new Error("Should never happen.");
              } catch (error) {
                error.message ? logger.error(`Response handler '${responsePromise.method}' failed with message: ${error.message}`) : logger.error(`Response handler '${responsePromise.method}' failed unexpectedly.`);
              }
            }
          }
      }
      async function handleNotification(message2) {
        if (isDisposed())
          return;
        let type, notificationHandler;
        if (message2.method === CancelNotification.type.method) {
          let cancelId = message2.params.id;
          knownCanceledRequests.delete(cancelId), traceReceivedNotification(message2);
          return;
        } else {
          let element = notificationHandlers.get(message2.method);
          element && (notificationHandler = element.handler, type = element.type);
        }
        if (notificationHandler || starNotificationHandler)
          try {
            if (traceReceivedNotification(message2), notificationHandler)
              if (message2.params === void 0)
                type !== void 0 && type.numberOfParams !== 0 && type.parameterStructures !== messages_1.ParameterStructures.byName && logger.error(`Notification ${message2.method} defines ${type.numberOfParams} params but received none.`), await notificationHandler();
              else if (Array.isArray(message2.params)) {
                let params = message2.params;
                message2.method === ProgressNotification.type.method && params.length === 2 && ProgressToken.is(params[0]) ? await notificationHandler({ token: params[0], value: params[1] }) : (type !== void 0 && (type.parameterStructures === messages_1.ParameterStructures.byName && logger.error(`Notification ${message2.method} defines parameters by name but received parameters by position`), type.numberOfParams !== message2.params.length && logger.error(`Notification ${message2.method} defines ${type.numberOfParams} params but received ${params.length} arguments`)), await notificationHandler(...params));
              } else
                type !== void 0 && type.parameterStructures === messages_1.ParameterStructures.byPosition && logger.error(`Notification ${message2.method} defines parameters by position but received parameters by name`), await notificationHandler(message2.params);
            else starNotificationHandler && await starNotificationHandler(message2.method, message2.params);
          } catch (error) {
            error.message ? logger.error(`Notification handler '${message2.method}' failed with message: ${error.message}`) : logger.error(`Notification handler '${message2.method}' failed unexpectedly.`);
          }
        else
          unhandledNotificationEmitter.fire(message2);
      }
      function handleInvalidMessage(message2) {
        if (!message2) {
          logger.error("Received empty message.");
          return;
        }
        logger.error(`Received message which is neither a response nor a notification message:
${JSON.stringify(message2, null, 4)}`);
        let responseMessage = message2;
        if (Is2.string(responseMessage.id) || Is2.number(responseMessage.id)) {
          let key2 = responseMessage.id, responseHandler = responsePromises.get(key2);
          responseHandler && responseHandler.reject(new Error("The received response has neither a result nor an error property."));
        }
      }
      function stringifyTrace(params) {
        if (params != null)
          switch (trace) {
            case Trace.Verbose:
              return JSON.stringify(params, null, 4);
            case Trace.Compact:
              return JSON.stringify(params);
            default:
              return;
          }
      }
      function traceSendingRequest(message2) {
        if (!(trace === Trace.Off || !tracer))
          if (traceFormat === TraceFormat.Text) {
            let data;
            (trace === Trace.Verbose || trace === Trace.Compact) && message2.params && (data = `Params: ${stringifyTrace(message2.params)}`), tracer.log(`Sending request '${message2.method} - (${message2.id})'.`, data);
          } else
            logLSPMessage("send-request", message2);
      }
      function traceSendingNotification(message2) {
        if (!(trace === Trace.Off || !tracer))
          if (traceFormat === TraceFormat.Text) {
            let data;
            (trace === Trace.Verbose || trace === Trace.Compact) && (message2.params ? data = `Params: ${stringifyTrace(message2.params)}` : data = "No parameters provided."), tracer.log(`Sending notification '${message2.method}'.`, data);
          } else
            logLSPMessage("send-notification", message2);
      }
      function traceSendingResponse(message2, method, startTime) {
        if (!(trace === Trace.Off || !tracer))
          if (traceFormat === TraceFormat.Text) {
            let data;
            (trace === Trace.Verbose || trace === Trace.Compact) && (message2.error && message2.error.data ? data = `Error data: ${stringifyTrace(message2.error.data)}` : message2.result ? data = `Result: ${stringifyTrace(message2.result)}` : message2.error === void 0 && (data = "No result returned."));
            let error = message2.error ? ` Request failed: ${message2.error.message} (${message2.error.code}).` : "";
            tracer.log(`Sending response '${method} - (${message2.id})'. Processing request took ${Date.now() - startTime}ms.${error}`, data);
          } else
            logLSPMessage("send-response", message2);
      }
      function traceReceivedRequest(message2) {
        if (!(trace === Trace.Off || !tracer))
          if (traceFormat === TraceFormat.Text) {
            let data;
            (trace === Trace.Verbose || trace === Trace.Compact) && message2.params && (data = `Params: ${stringifyTrace(message2.params)}`), tracer.log(`Received request '${message2.method} - (${message2.id})'.`, data);
          } else
            logLSPMessage("receive-request", message2);
      }
      function traceReceivedNotification(message2) {
        if (!(trace === Trace.Off || !tracer || message2.method === LogTraceNotification.type.method))
          if (traceFormat === TraceFormat.Text) {
            let data;
            (trace === Trace.Verbose || trace === Trace.Compact) && (message2.params ? data = `Params: ${stringifyTrace(message2.params)}` : data = "No parameters provided."), tracer.log(`Received notification '${message2.method}'.`, data);
          } else
            logLSPMessage("receive-notification", message2);
      }
      function traceReceivedResponse(message2, responsePromise) {
        if (!(trace === Trace.Off || !tracer))
          if (traceFormat === TraceFormat.Text) {
            let data;
            if ((trace === Trace.Verbose || trace === Trace.Compact) && (message2.error && message2.error.data ? data = `Error data: ${stringifyTrace(message2.error.data)}` : message2.result ? data = `Result: ${stringifyTrace(message2.result)}` : message2.error === void 0 && (data = "No result returned.")), responsePromise) {
              let error = message2.error ? ` Request failed: ${message2.error.message} (${message2.error.code}).` : "";
              tracer.log(`Received response '${responsePromise.method} - (${message2.id})' in ${Date.now() - responsePromise.timerStart}ms.${error}`, data);
            } else
              tracer.log(`Received response ${message2.id} without active response promise.`, data);
          } else
            logLSPMessage("receive-response", message2);
      }
      function logLSPMessage(type, message2) {
        if (!tracer || trace === Trace.Off)
          return;
        let lspMessage = {
          isLSPMessage: !0,
          type,
          message: message2,
          timestamp: Date.now()
        };
        tracer.log(lspMessage);
      }
      function throwIfClosedOrDisposed() {
        if (isClosed())
          throw new ConnectionError(ConnectionErrors.Closed, "Connection is closed.");
        if (isDisposed())
          throw new ConnectionError(ConnectionErrors.Disposed, "Connection is disposed.");
      }
      function throwIfListening() {
        if (isListening())
          throw new ConnectionError(ConnectionErrors.AlreadyListening, "Connection is already listening");
      }
      function throwIfNotListening() {
        if (!isListening())
          throw new Error("Call listen() first.");
      }
      function undefinedToNull(param) {
        return param === void 0 ? null : param;
      }
      function nullToUndefined(param) {
        if (param !== null)
          return param;
      }
      function isNamedParam(param) {
        return param != null && !Array.isArray(param) && typeof param == "object";
      }
      function computeSingleParam(parameterStructures, param) {
        switch (parameterStructures) {
          case messages_1.ParameterStructures.auto:
            return isNamedParam(param) ? nullToUndefined(param) : [undefinedToNull(param)];
          case messages_1.ParameterStructures.byName:
            if (!isNamedParam(param))
              throw new Error("Received parameters by name but param is not an object literal.");
            return nullToUndefined(param);
          case messages_1.ParameterStructures.byPosition:
            return [undefinedToNull(param)];
          default:
            throw new Error(`Unknown parameter structure ${parameterStructures.toString()}`);
        }
      }
      function computeMessageParams(type, params) {
        let result2, numberOfParams = type.numberOfParams;
        switch (numberOfParams) {
          case 0:
            result2 = void 0;
            break;
          case 1:
            result2 = computeSingleParam(type.parameterStructures, params[0]);
            break;
          default:
            result2 = [];
            for (let i = 0; i < params.length && i < numberOfParams; i++)
              result2.push(undefinedToNull(params[i]));
            if (params.length < numberOfParams)
              for (let i = params.length; i < numberOfParams; i++)
                result2.push(null);
            break;
        }
        return result2;
      }
      let connection = {
        sendNotification: (type, ...args) => {
          throwIfClosedOrDisposed();
          let method, messageParams;
          if (Is2.string(type)) {
            method = type;
            let first = args[0], paramStart = 0, parameterStructures = messages_1.ParameterStructures.auto;
            messages_1.ParameterStructures.is(first) && (paramStart = 1, parameterStructures = first);
            let paramEnd = args.length, numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName)
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' notification parameter structure.`);
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            let params = args;
            method = type.method, messageParams = computeMessageParams(type, params);
          }
          let notificationMessage = {
            jsonrpc: version2,
            method,
            params: messageParams
          };
          return traceSendingNotification(notificationMessage), messageWriter.write(notificationMessage).catch((error) => {
            throw logger.error("Sending notification failed."), error;
          });
        },
        onNotification: (type, handler) => {
          throwIfClosedOrDisposed();
          let method;
          return Is2.func(type) ? starNotificationHandler = type : handler && (Is2.string(type) ? (method = type, notificationHandlers.set(type, { type: void 0, handler })) : (method = type.method, notificationHandlers.set(type.method, { type, handler }))), {
            dispose: () => {
              method !== void 0 ? notificationHandlers.get(method)?.handler === handler && notificationHandlers.delete(method) : starNotificationHandler === type && (starNotificationHandler = void 0);
            }
          };
        },
        onProgress: (_type, token, handler) => {
          if (progressHandlers.has(token))
            throw new Error(`Progress handler for token ${token} already registered`);
          return progressHandlers.set(token, handler), {
            dispose: () => {
              progressHandlers.get(token) === handler && progressHandlers.delete(token);
            }
          };
        },
        sendProgress: (_type, token, value) => connection.sendNotification(ProgressNotification.type, { token, value }),
        onUnhandledProgress: unhandledProgressEmitter.event,
        sendRequest: (type, ...args) => {
          throwIfClosedOrDisposed(), throwIfNotListening();
          function sendCancellation(connection2, id2) {
            let p = cancellationStrategy.sender.sendCancellation(connection2, id2);
            p === void 0 ? logger.log(`Received no promise from cancellation strategy when cancelling id ${id2}`) : p.catch(() => {
              logger.log(`Sending cancellation messages for id ${id2} failed.`);
            });
          }
          let method, messageParams, token;
          if (Is2.string(type)) {
            method = type;
            let first = args[0], last = args[args.length - 1], paramStart = 0, parameterStructures = messages_1.ParameterStructures.auto;
            messages_1.ParameterStructures.is(first) && (paramStart = 1, parameterStructures = first);
            let paramEnd = args.length;
            cancellation_1.CancellationToken.is(last) && (paramEnd = paramEnd - 1, token = last);
            let numberOfParams = paramEnd - paramStart;
            switch (numberOfParams) {
              case 0:
                messageParams = void 0;
                break;
              case 1:
                messageParams = computeSingleParam(parameterStructures, args[paramStart]);
                break;
              default:
                if (parameterStructures === messages_1.ParameterStructures.byName)
                  throw new Error(`Received ${numberOfParams} parameters for 'by Name' request parameter structure.`);
                messageParams = args.slice(paramStart, paramEnd).map((value) => undefinedToNull(value));
                break;
            }
          } else {
            let params = args;
            method = type.method, messageParams = computeMessageParams(type, params);
            let numberOfParams = type.numberOfParams;
            token = cancellation_1.CancellationToken.is(params[numberOfParams]) ? params[numberOfParams] : void 0;
          }
          let id = sequenceNumber++, disposable, tokenWasCancelled = !1;
          token !== void 0 && (token.isCancellationRequested ? tokenWasCancelled = !0 : disposable = token.onCancellationRequested(() => {
            sendCancellation(connection, id);
          }));
          let requestMessage = {
            jsonrpc: version2,
            id,
            method,
            params: messageParams
          };
          return traceSendingRequest(requestMessage), typeof cancellationStrategy.sender.enableCancellation == "function" && cancellationStrategy.sender.enableCancellation(requestMessage), new Promise(async (resolve10, reject) => {
            let resolveWithCleanup = (r) => {
              resolve10(r), cancellationStrategy.sender.cleanup(id), disposable?.dispose();
            }, rejectWithCleanup = (r) => {
              reject(r), cancellationStrategy.sender.cleanup(id), disposable?.dispose();
            }, responsePromise = { method, timerStart: Date.now(), resolve: resolveWithCleanup, reject: rejectWithCleanup };
            try {
              responsePromises.set(id, responsePromise), await messageWriter.write(requestMessage), tokenWasCancelled && sendCancellation(connection, id);
            } catch (error) {
              responsePromises.delete(id), responsePromise.reject(new messages_1.ResponseError(messages_1.ErrorCodes.MessageWriteError, error.message ? error.message : "Unknown reason")), logger.error("Sending request failed.");
            }
          });
        },
        onRequest: (type, handler) => {
          throwIfClosedOrDisposed();
          let method = null;
          return StarRequestHandler.is(type) ? (method = void 0, starRequestHandler = type) : Is2.string(type) ? (method = null, handler !== void 0 && (method = type, requestHandlers.set(type, { handler, type: void 0 }))) : handler !== void 0 && (method = type.method, requestHandlers.set(type.method, { type, handler })), {
            dispose: () => {
              method !== null && (method !== void 0 ? requestHandlers.get(method)?.handler === handler && requestHandlers.delete(method) : starRequestHandler === type && (starRequestHandler = void 0));
            }
          };
        },
        hasPendingResponse: () => responsePromises.size > 0,
        trace: async (_value, _tracer, sendNotificationOrTraceOptions) => {
          let _sendNotification = !1, _traceFormat = TraceFormat.Text;
          sendNotificationOrTraceOptions !== void 0 && (Is2.boolean(sendNotificationOrTraceOptions) ? _sendNotification = sendNotificationOrTraceOptions : (_sendNotification = sendNotificationOrTraceOptions.sendNotification || !1, _traceFormat = sendNotificationOrTraceOptions.traceFormat || TraceFormat.Text)), trace = _value, traceFormat = _traceFormat, trace === Trace.Off ? tracer = void 0 : tracer = _tracer, _sendNotification && !isClosed() && !isDisposed() && await connection.sendNotification(SetTraceNotification.type, { value: Trace.toString(_value) });
        },
        onError: errorEmitter.event,
        onClose: closeEmitter.event,
        onUnhandledNotification: unhandledNotificationEmitter.event,
        onDispose: disposeEmitter.event,
        end: () => {
          messageWriter.end();
        },
        dispose: () => {
          if (isDisposed())
            return;
          state = ConnectionState.Disposed, disposeEmitter.fire(void 0);
          let error = new messages_1.ResponseError(messages_1.ErrorCodes.PendingResponseRejected, "Pending response rejected since connection got disposed");
          for (let promise of responsePromises.values())
            promise.reject(error);
          responsePromises = /* @__PURE__ */ new Map(), requestTokens = /* @__PURE__ */ new Map(), knownCanceledRequests = /* @__PURE__ */ new Set(), messageQueue = new linkedMap_1.LinkedMap(), Is2.func(messageWriter.dispose) && messageWriter.dispose(), Is2.func(messageReader.dispose) && messageReader.dispose();
        },
        listen: () => {
          throwIfClosedOrDisposed(), throwIfListening(), state = ConnectionState.Listening, messageReader.listen(callback);
        },
        inspect: () => {
          (0, ral_1.default)().console.log("inspect");
        }
      };
      return connection.onNotification(LogTraceNotification.type, (params) => {
        if (trace === Trace.Off || !tracer)
          return;
        let verbose = trace === Trace.Verbose || trace === Trace.Compact;
        tracer.log(params.message, verbose ? params.verbose : void 0);
      }), connection.onNotification(ProgressNotification.type, async (params) => {
        let handler = progressHandlers.get(params.token);
        handler ? await handler(params.value) : unhandledProgressEmitter.fire(params);
      }), connection;
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/api.js
var require_api = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/common/api.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ProgressType = exports2.ProgressToken = exports2.createMessageConnection = exports2.NullLogger = exports2.ConnectionOptions = exports2.ConnectionStrategy = exports2.AbstractMessageBuffer = exports2.WriteableStreamMessageWriter = exports2.AbstractMessageWriter = exports2.MessageWriter = exports2.ReadableStreamMessageReader = exports2.AbstractMessageReader = exports2.MessageReader = exports2.SharedArrayReceiverStrategy = exports2.SharedArraySenderStrategy = exports2.CancellationToken = exports2.CancellationTokenSource = exports2.Emitter = exports2.Event = exports2.Disposable = exports2.LRUCache = exports2.Touch = exports2.LinkedMap = exports2.ParameterStructures = exports2.NotificationType9 = exports2.NotificationType8 = exports2.NotificationType7 = exports2.NotificationType6 = exports2.NotificationType5 = exports2.NotificationType4 = exports2.NotificationType3 = exports2.NotificationType2 = exports2.NotificationType1 = exports2.NotificationType0 = exports2.NotificationType = exports2.ErrorCodes = exports2.ResponseError = exports2.RequestType9 = exports2.RequestType8 = exports2.RequestType7 = exports2.RequestType6 = exports2.RequestType5 = exports2.RequestType4 = exports2.RequestType3 = exports2.RequestType2 = exports2.RequestType1 = exports2.RequestType0 = exports2.RequestType = exports2.Message = exports2.RAL = void 0;
    exports2.MessageStrategy = exports2.CancellationStrategy = exports2.CancellationSenderStrategy = exports2.RequestCancellationReceiverStrategy = exports2.IdCancellationReceiverStrategy = exports2.CancellationReceiverStrategy = exports2.ConnectionError = exports2.ConnectionErrors = exports2.LogTraceNotification = exports2.SetTraceNotification = exports2.TraceFormat = exports2.TraceValues = exports2.TraceValue = exports2.Trace = void 0;
    var messages_1 = require_messages();
    Object.defineProperty(exports2, "Message", { enumerable: !0, get: function() {
      return messages_1.Message;
    } });
    Object.defineProperty(exports2, "RequestType", { enumerable: !0, get: function() {
      return messages_1.RequestType;
    } });
    Object.defineProperty(exports2, "RequestType0", { enumerable: !0, get: function() {
      return messages_1.RequestType0;
    } });
    Object.defineProperty(exports2, "RequestType1", { enumerable: !0, get: function() {
      return messages_1.RequestType1;
    } });
    Object.defineProperty(exports2, "RequestType2", { enumerable: !0, get: function() {
      return messages_1.RequestType2;
    } });
    Object.defineProperty(exports2, "RequestType3", { enumerable: !0, get: function() {
      return messages_1.RequestType3;
    } });
    Object.defineProperty(exports2, "RequestType4", { enumerable: !0, get: function() {
      return messages_1.RequestType4;
    } });
    Object.defineProperty(exports2, "RequestType5", { enumerable: !0, get: function() {
      return messages_1.RequestType5;
    } });
    Object.defineProperty(exports2, "RequestType6", { enumerable: !0, get: function() {
      return messages_1.RequestType6;
    } });
    Object.defineProperty(exports2, "RequestType7", { enumerable: !0, get: function() {
      return messages_1.RequestType7;
    } });
    Object.defineProperty(exports2, "RequestType8", { enumerable: !0, get: function() {
      return messages_1.RequestType8;
    } });
    Object.defineProperty(exports2, "RequestType9", { enumerable: !0, get: function() {
      return messages_1.RequestType9;
    } });
    Object.defineProperty(exports2, "ResponseError", { enumerable: !0, get: function() {
      return messages_1.ResponseError;
    } });
    Object.defineProperty(exports2, "ErrorCodes", { enumerable: !0, get: function() {
      return messages_1.ErrorCodes;
    } });
    Object.defineProperty(exports2, "NotificationType", { enumerable: !0, get: function() {
      return messages_1.NotificationType;
    } });
    Object.defineProperty(exports2, "NotificationType0", { enumerable: !0, get: function() {
      return messages_1.NotificationType0;
    } });
    Object.defineProperty(exports2, "NotificationType1", { enumerable: !0, get: function() {
      return messages_1.NotificationType1;
    } });
    Object.defineProperty(exports2, "NotificationType2", { enumerable: !0, get: function() {
      return messages_1.NotificationType2;
    } });
    Object.defineProperty(exports2, "NotificationType3", { enumerable: !0, get: function() {
      return messages_1.NotificationType3;
    } });
    Object.defineProperty(exports2, "NotificationType4", { enumerable: !0, get: function() {
      return messages_1.NotificationType4;
    } });
    Object.defineProperty(exports2, "NotificationType5", { enumerable: !0, get: function() {
      return messages_1.NotificationType5;
    } });
    Object.defineProperty(exports2, "NotificationType6", { enumerable: !0, get: function() {
      return messages_1.NotificationType6;
    } });
    Object.defineProperty(exports2, "NotificationType7", { enumerable: !0, get: function() {
      return messages_1.NotificationType7;
    } });
    Object.defineProperty(exports2, "NotificationType8", { enumerable: !0, get: function() {
      return messages_1.NotificationType8;
    } });
    Object.defineProperty(exports2, "NotificationType9", { enumerable: !0, get: function() {
      return messages_1.NotificationType9;
    } });
    Object.defineProperty(exports2, "ParameterStructures", { enumerable: !0, get: function() {
      return messages_1.ParameterStructures;
    } });
    var linkedMap_1 = require_linkedMap();
    Object.defineProperty(exports2, "LinkedMap", { enumerable: !0, get: function() {
      return linkedMap_1.LinkedMap;
    } });
    Object.defineProperty(exports2, "LRUCache", { enumerable: !0, get: function() {
      return linkedMap_1.LRUCache;
    } });
    Object.defineProperty(exports2, "Touch", { enumerable: !0, get: function() {
      return linkedMap_1.Touch;
    } });
    var disposable_1 = require_disposable();
    Object.defineProperty(exports2, "Disposable", { enumerable: !0, get: function() {
      return disposable_1.Disposable;
    } });
    var events_1 = require_events();
    Object.defineProperty(exports2, "Event", { enumerable: !0, get: function() {
      return events_1.Event;
    } });
    Object.defineProperty(exports2, "Emitter", { enumerable: !0, get: function() {
      return events_1.Emitter;
    } });
    var cancellation_1 = require_cancellation();
    Object.defineProperty(exports2, "CancellationTokenSource", { enumerable: !0, get: function() {
      return cancellation_1.CancellationTokenSource;
    } });
    Object.defineProperty(exports2, "CancellationToken", { enumerable: !0, get: function() {
      return cancellation_1.CancellationToken;
    } });
    var sharedArrayCancellation_1 = require_sharedArrayCancellation();
    Object.defineProperty(exports2, "SharedArraySenderStrategy", { enumerable: !0, get: function() {
      return sharedArrayCancellation_1.SharedArraySenderStrategy;
    } });
    Object.defineProperty(exports2, "SharedArrayReceiverStrategy", { enumerable: !0, get: function() {
      return sharedArrayCancellation_1.SharedArrayReceiverStrategy;
    } });
    var messageReader_1 = require_messageReader();
    Object.defineProperty(exports2, "MessageReader", { enumerable: !0, get: function() {
      return messageReader_1.MessageReader;
    } });
    Object.defineProperty(exports2, "AbstractMessageReader", { enumerable: !0, get: function() {
      return messageReader_1.AbstractMessageReader;
    } });
    Object.defineProperty(exports2, "ReadableStreamMessageReader", { enumerable: !0, get: function() {
      return messageReader_1.ReadableStreamMessageReader;
    } });
    var messageWriter_1 = require_messageWriter();
    Object.defineProperty(exports2, "MessageWriter", { enumerable: !0, get: function() {
      return messageWriter_1.MessageWriter;
    } });
    Object.defineProperty(exports2, "AbstractMessageWriter", { enumerable: !0, get: function() {
      return messageWriter_1.AbstractMessageWriter;
    } });
    Object.defineProperty(exports2, "WriteableStreamMessageWriter", { enumerable: !0, get: function() {
      return messageWriter_1.WriteableStreamMessageWriter;
    } });
    var messageBuffer_1 = require_messageBuffer();
    Object.defineProperty(exports2, "AbstractMessageBuffer", { enumerable: !0, get: function() {
      return messageBuffer_1.AbstractMessageBuffer;
    } });
    var connection_1 = require_connection();
    Object.defineProperty(exports2, "ConnectionStrategy", { enumerable: !0, get: function() {
      return connection_1.ConnectionStrategy;
    } });
    Object.defineProperty(exports2, "ConnectionOptions", { enumerable: !0, get: function() {
      return connection_1.ConnectionOptions;
    } });
    Object.defineProperty(exports2, "NullLogger", { enumerable: !0, get: function() {
      return connection_1.NullLogger;
    } });
    Object.defineProperty(exports2, "createMessageConnection", { enumerable: !0, get: function() {
      return connection_1.createMessageConnection;
    } });
    Object.defineProperty(exports2, "ProgressToken", { enumerable: !0, get: function() {
      return connection_1.ProgressToken;
    } });
    Object.defineProperty(exports2, "ProgressType", { enumerable: !0, get: function() {
      return connection_1.ProgressType;
    } });
    Object.defineProperty(exports2, "Trace", { enumerable: !0, get: function() {
      return connection_1.Trace;
    } });
    Object.defineProperty(exports2, "TraceValue", { enumerable: !0, get: function() {
      return connection_1.TraceValue;
    } });
    Object.defineProperty(exports2, "TraceFormat", { enumerable: !0, get: function() {
      return connection_1.TraceFormat;
    } });
    Object.defineProperty(exports2, "SetTraceNotification", { enumerable: !0, get: function() {
      return connection_1.SetTraceNotification;
    } });
    Object.defineProperty(exports2, "LogTraceNotification", { enumerable: !0, get: function() {
      return connection_1.LogTraceNotification;
    } });
    Object.defineProperty(exports2, "ConnectionErrors", { enumerable: !0, get: function() {
      return connection_1.ConnectionErrors;
    } });
    Object.defineProperty(exports2, "ConnectionError", { enumerable: !0, get: function() {
      return connection_1.ConnectionError;
    } });
    Object.defineProperty(exports2, "CancellationReceiverStrategy", { enumerable: !0, get: function() {
      return connection_1.CancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "IdCancellationReceiverStrategy", { enumerable: !0, get: function() {
      return connection_1.IdCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "RequestCancellationReceiverStrategy", { enumerable: !0, get: function() {
      return connection_1.RequestCancellationReceiverStrategy;
    } });
    Object.defineProperty(exports2, "CancellationSenderStrategy", { enumerable: !0, get: function() {
      return connection_1.CancellationSenderStrategy;
    } });
    Object.defineProperty(exports2, "CancellationStrategy", { enumerable: !0, get: function() {
      return connection_1.CancellationStrategy;
    } });
    Object.defineProperty(exports2, "MessageStrategy", { enumerable: !0, get: function() {
      return connection_1.MessageStrategy;
    } });
    Object.defineProperty(exports2, "TraceValues", { enumerable: !0, get: function() {
      return connection_1.TraceValues;
    } });
    var ral_1 = __importDefault(require_ral());
    exports2.RAL = ral_1.default;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is, init_main = __esm({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value == "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value == "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648, integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0, uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value == "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        return line === Number.MAX_VALUE && (line = uinteger.MAX_VALUE), character === Number.MAX_VALUE && (character = uinteger.MAX_VALUE), { line, character };
      }
      Position2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four))
          return { start: Position.create(one, two), end: Position.create(three, four) };
        if (Position.is(one) && Position.is(two))
          return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
      }
      Range2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment", FoldingRangeKind2.Imports = "imports", FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        let result2 = {
          startLine,
          endLine
        };
        return Is.defined(startCharacter) && (result2.startCharacter = startCharacter), Is.defined(endCharacter) && (result2.endCharacter = endCharacter), Is.defined(kind) && (result2.kind = kind), Is.defined(collapsedText) && (result2.collapsedText = collapsedText), result2;
      }
      FoldingRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.startLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message2) {
        return {
          location,
          message: message2
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity3) {
      DiagnosticSeverity3.Error = 1, DiagnosticSeverity3.Warning = 2, DiagnosticSeverity3.Information = 3, DiagnosticSeverity3.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1, DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message2, severity, code2, source, relatedInformation) {
        let result2 = { range, message: message2 };
        return Is.defined(severity) && (result2.severity = severity), Is.defined(code2) && (result2.code = code2), Is.defined(source) && (result2.source = source), Is.defined(relatedInformation) && (result2.relatedInformation = relatedInformation), result2;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message))
          return diagnostic.message;
        if (MarkupContent.is(diagnostic.message))
          return diagnostic.message.value;
        throw new Error(`Unknown message type ${typeof diagnostic.message}`);
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        let result2 = { title, command };
        return Is.defined(args) && args.length > 0 && (result2.arguments = args), result2;
      }
      Command2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        let result2 = { label };
        return needsConfirmation !== void 0 && (result2.needsConfirmation = needsConfirmation), description !== void 0 && (result2.description = description), result2;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        let candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        let candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        let result2 = {
          kind: "create",
          uri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result2.options = options), annotation !== void 0 && (result2.annotationId = annotation), result2;
      }
      CreateFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        let result2 = {
          kind: "rename",
          oldUri,
          newUri
        };
        return options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0) && (result2.options = options), annotation !== void 0 && (result2.annotationId = annotation), result2;
      }
      RenameFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        let result2 = {
          kind: "delete",
          uri
        };
        return options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0) && (result2.options = options), annotation !== void 0 && (result2.annotationId = annotation), result2;
      }
      DeleteFile2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        let candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => Is.string(change.kind) ? CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change) : TextDocumentEdit.is(change)));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits, this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.insert(position, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.insert(position, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.insert(position, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      replace(range, newText, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.replace(range, newText) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.replace(range, newText, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.replace(range, newText, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      delete(range, annotation) {
        let edit, id;
        if (annotation === void 0 ? edit = TextEdit.del(range) : ChangeAnnotationIdentifier.is(annotation) ? (id = annotation, edit = AnnotatedTextEdit.del(range, annotation)) : (this.assertChangeAnnotations(this.changeAnnotations), id = this.changeAnnotations.manage(annotation), edit = AnnotatedTextEdit.del(range, id)), this.edits.push(edit), id !== void 0)
          return id;
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0)
          throw new Error("Text edit change is not configured to manage change annotations.");
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations, this._counter = 0, this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation) ? id = idOrAnnotation : (id = this.nextId(), annotation = idOrAnnotation), this._annotations[id] !== void 0)
          throw new Error(`Id ${id} is already in use.`);
        if (annotation === void 0)
          throw new Error(`No annotation provided for id ${id}`);
        return this._annotations[id] = annotation, this._size++, id;
      }
      nextId() {
        return this._counter++, this._counter.toString();
      }
    }, WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null), workspaceEdit !== void 0 ? (this._workspaceEdit = workspaceEdit, workspaceEdit.documentChanges ? (this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations), workspaceEdit.changeAnnotations = this._changeAnnotations.all(), workspaceEdit.documentChanges.forEach((change) => {
          if (TextDocumentEdit.is(change)) {
            let textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
            this._textEditChanges[change.textDocument.uri] = textEditChange;
          }
        })) : workspaceEdit.changes && Object.keys(workspaceEdit.changes).forEach((key2) => {
          let textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key2]);
          this._textEditChanges[key2] = textEditChange;
        })) : this._workspaceEdit = {};
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        return this.initDocumentChanges(), this._changeAnnotations !== void 0 && (this._changeAnnotations.size === 0 ? this._workspaceEdit.changeAnnotations = void 0 : this._workspaceEdit.changeAnnotations = this._changeAnnotations.all()), this._workspaceEdit;
      }
      getTextEditChange(key2) {
        if (OptionalVersionedTextDocumentIdentifier.is(key2)) {
          if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
            throw new Error("Workspace edit is not configured for document changes.");
          let textDocument = { uri: key2.uri, version: key2.version }, result2 = this._textEditChanges[textDocument.uri];
          if (!result2) {
            let edits = [], textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit), result2 = new TextEditChangeImpl(edits, this._changeAnnotations), this._textEditChanges[textDocument.uri] = result2;
          }
          return result2;
        } else {
          if (this.initChanges(), this._workspaceEdit.changes === void 0)
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          let result2 = this._textEditChanges[key2];
          if (!result2) {
            let edits = [];
            this._workspaceEdit.changes[key2] = edits, result2 = new TextEditChangeImpl(edits), this._textEditChanges[key2] = result2;
          }
          return result2;
        }
      }
      initDocumentChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._changeAnnotations = new ChangeAnnotations(), this._workspaceEdit.documentChanges = [], this._workspaceEdit.changeAnnotations = this._changeAnnotations.all());
      }
      initChanges() {
        this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0 && (this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null));
      }
      createFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = CreateFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = CreateFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = RenameFile.create(oldUri, newUri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = RenameFile.create(oldUri, newUri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        if (this.initDocumentChanges(), this._workspaceEdit.documentChanges === void 0)
          throw new Error("Workspace edit is not configured for document changes.");
        let annotation;
        ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation) ? annotation = optionsOrAnnotation : options = optionsOrAnnotation;
        let operation, id;
        if (annotation === void 0 ? operation = DeleteFile.create(uri, options) : (id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation), operation = DeleteFile.create(uri, options, id)), this._workspaceEdit.documentChanges.push(operation), id !== void 0)
          return id;
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version2) {
        return { uri, version: version2 };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version2) {
        return { uri, version: version2 };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap", LanguageKind2.WindowsBat = "bat", LanguageKind2.BibTeX = "bibtex", LanguageKind2.Clojure = "clojure", LanguageKind2.Coffeescript = "coffeescript", LanguageKind2.C = "c", LanguageKind2.CPP = "cpp", LanguageKind2.CSharp = "csharp", LanguageKind2.CSS = "css", LanguageKind2.D = "d", LanguageKind2.Delphi = "pascal", LanguageKind2.Diff = "diff", LanguageKind2.Dart = "dart", LanguageKind2.Dockerfile = "dockerfile", LanguageKind2.Elixir = "elixir", LanguageKind2.Erlang = "erlang", LanguageKind2.FSharp = "fsharp", LanguageKind2.GitCommit = "git-commit", LanguageKind2.GitRebase = "git-rebase", LanguageKind2.Go = "go", LanguageKind2.Groovy = "groovy", LanguageKind2.Handlebars = "handlebars", LanguageKind2.Haskell = "haskell", LanguageKind2.HTML = "html", LanguageKind2.Ini = "ini", LanguageKind2.Java = "java", LanguageKind2.JavaScript = "javascript", LanguageKind2.JavaScriptReact = "javascriptreact", LanguageKind2.JSON = "json", LanguageKind2.LaTeX = "latex", LanguageKind2.Less = "less", LanguageKind2.Lua = "lua", LanguageKind2.Makefile = "makefile", LanguageKind2.Markdown = "markdown", LanguageKind2.ObjectiveC = "objective-c", LanguageKind2.ObjectiveCPP = "objective-cpp", LanguageKind2.Pascal = "pascal", LanguageKind2.Perl = "perl", LanguageKind2.Perl6 = "perl6", LanguageKind2.PHP = "php", LanguageKind2.Plaintext = "plaintext", LanguageKind2.Powershell = "powershell", LanguageKind2.Pug = "jade", LanguageKind2.Python = "python", LanguageKind2.R = "r", LanguageKind2.Razor = "razor", LanguageKind2.Ruby = "ruby", LanguageKind2.Rust = "rust", LanguageKind2.SCSS = "scss", LanguageKind2.SASS = "sass", LanguageKind2.Scala = "scala", LanguageKind2.ShaderLab = "shaderlab", LanguageKind2.ShellScript = "shellscript", LanguageKind2.SQL = "sql", LanguageKind2.Swift = "swift", LanguageKind2.TypeScript = "typescript", LanguageKind2.TypeScriptReact = "typescriptreact", LanguageKind2.TeX = "tex", LanguageKind2.VisualBasic = "vb", LanguageKind2.XML = "xml", LanguageKind2.XSL = "xsl", LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version2, text) {
        return { uri, languageId, version: version2, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind3) {
      MarkupKind3.PlainText = "plaintext", MarkupKind3.Markdown = "markdown";
      function is(value) {
        let candidate = value;
        return candidate === MarkupKind3.PlainText || candidate === MarkupKind3.Markdown;
      }
      MarkupKind3.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1, CompletionItemKind2.Method = 2, CompletionItemKind2.Function = 3, CompletionItemKind2.Constructor = 4, CompletionItemKind2.Field = 5, CompletionItemKind2.Variable = 6, CompletionItemKind2.Class = 7, CompletionItemKind2.Interface = 8, CompletionItemKind2.Module = 9, CompletionItemKind2.Property = 10, CompletionItemKind2.Unit = 11, CompletionItemKind2.Value = 12, CompletionItemKind2.Enum = 13, CompletionItemKind2.Keyword = 14, CompletionItemKind2.Snippet = 15, CompletionItemKind2.Color = 16, CompletionItemKind2.File = 17, CompletionItemKind2.Reference = 18, CompletionItemKind2.Folder = 19, CompletionItemKind2.EnumMember = 20, CompletionItemKind2.Constant = 21, CompletionItemKind2.Struct = 22, CompletionItemKind2.Event = 23, CompletionItemKind2.Operator = 24, CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1, InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1, InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1, ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        let candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items || [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        let candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        let candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        let result2 = { label };
        return Is.defined(documentation) && (result2.documentation = documentation), Is.defined(parameters) ? result2.parameters = parameters : result2.parameters = [], result2;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1, DocumentHighlightKind2.Read = 2, DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        let result2 = { range };
        return Is.number(kind) && (result2.kind = kind), result2;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1, SymbolKind2.Module = 2, SymbolKind2.Namespace = 3, SymbolKind2.Package = 4, SymbolKind2.Class = 5, SymbolKind2.Method = 6, SymbolKind2.Property = 7, SymbolKind2.Field = 8, SymbolKind2.Constructor = 9, SymbolKind2.Enum = 10, SymbolKind2.Interface = 11, SymbolKind2.Function = 12, SymbolKind2.Variable = 13, SymbolKind2.Constant = 14, SymbolKind2.String = 15, SymbolKind2.Number = 16, SymbolKind2.Boolean = 17, SymbolKind2.Array = 18, SymbolKind2.Object = 19, SymbolKind2.Key = 20, SymbolKind2.Null = 21, SymbolKind2.EnumMember = 22, SymbolKind2.Struct = 23, SymbolKind2.Event = 24, SymbolKind2.Operator = 25, SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        let result2 = {
          name,
          kind,
          location: { uri, range }
        };
        return containerName && (result2.containerName = containerName), result2;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        let result2 = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        return children !== void 0 && (result2.children = children), result2;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind4) {
      CodeActionKind4.Empty = "", CodeActionKind4.QuickFix = "quickfix", CodeActionKind4.Refactor = "refactor", CodeActionKind4.RefactorExtract = "refactor.extract", CodeActionKind4.RefactorInline = "refactor.inline", CodeActionKind4.RefactorMove = "refactor.move", CodeActionKind4.RefactorRewrite = "refactor.rewrite", CodeActionKind4.Source = "source", CodeActionKind4.SourceOrganizeImports = "source.organizeImports", CodeActionKind4.SourceFixAll = "source.fixAll", CodeActionKind4.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1, CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        let result2 = { diagnostics };
        return only != null && (result2.only = only), triggerKind != null && (result2.triggerKind = triggerKind), result2;
      }
      CodeActionContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction4) {
      function create(title, kindOrCommandOrEdit, kind) {
        let result2 = { title }, checkKind = !0;
        return typeof kindOrCommandOrEdit == "string" ? (checkKind = !1, result2.kind = kindOrCommandOrEdit) : Command.is(kindOrCommandOrEdit) ? result2.command = kindOrCommandOrEdit : result2.edit = kindOrCommandOrEdit, checkKind && kind !== void 0 && (result2.kind = kind), result2;
      }
      CodeAction4.create = create;
      function is(value) {
        let candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction4.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        let result2 = { range };
        return Is.defined(data) && (result2.data = data), result2;
      }
      CodeLens2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent2) {
        return { range, parent: parent2 };
      }
      SelectionRange2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2.namespace = "namespace", SemanticTokenTypes2.type = "type", SemanticTokenTypes2.class = "class", SemanticTokenTypes2.enum = "enum", SemanticTokenTypes2.interface = "interface", SemanticTokenTypes2.struct = "struct", SemanticTokenTypes2.typeParameter = "typeParameter", SemanticTokenTypes2.parameter = "parameter", SemanticTokenTypes2.variable = "variable", SemanticTokenTypes2.property = "property", SemanticTokenTypes2.enumMember = "enumMember", SemanticTokenTypes2.event = "event", SemanticTokenTypes2.function = "function", SemanticTokenTypes2.method = "method", SemanticTokenTypes2.macro = "macro", SemanticTokenTypes2.keyword = "keyword", SemanticTokenTypes2.modifier = "modifier", SemanticTokenTypes2.comment = "comment", SemanticTokenTypes2.string = "string", SemanticTokenTypes2.number = "number", SemanticTokenTypes2.regexp = "regexp", SemanticTokenTypes2.operator = "operator", SemanticTokenTypes2.decorator = "decorator", SemanticTokenTypes2.label = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2.declaration = "declaration", SemanticTokenModifiers2.definition = "definition", SemanticTokenModifiers2.readonly = "readonly", SemanticTokenModifiers2.static = "static", SemanticTokenModifiers2.deprecated = "deprecated", SemanticTokenModifiers2.abstract = "abstract", SemanticTokenModifiers2.async = "async", SemanticTokenModifiers2.modification = "modification", SemanticTokenModifiers2.documentation = "documentation", SemanticTokenModifiers2.defaultLibrary = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId == "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] == "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        let candidate = value;
        return candidate != null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        let candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1, InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        let result2 = { position, label };
        return kind !== void 0 && (result2.kind = kind), result2;
      }
      InlayHint2.create = create;
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1, InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        let candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = [`
`, `\r
`, "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version2, content) {
        return new FullTextDocument(uri, languageId, version2, content);
      }
      TextDocument3.create = create;
      function is(value) {
        let candidate = value;
        return !!(Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt));
      }
      TextDocument3.is = is;
      function applyEdits2(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort2(edits, (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          let e = sortedEdits[i], startOffset = document.offsetAt(e.range.start), endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset)
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          else
            throw new Error("Overlapping edit");
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits2;
      function mergeSort2(data, compare) {
        if (data.length <= 1)
          return data;
        let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
        mergeSort2(left, compare), mergeSort2(right, compare);
        let leftIdx = 0, rightIdx = 0, i = 0;
        for (; leftIdx < left.length && rightIdx < right.length; )
          compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
        for (; leftIdx < left.length; )
          data[i++] = left[leftIdx++];
        for (; rightIdx < right.length; )
          data[i++] = right[rightIdx++];
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version2, content) {
        this._uri = uri, this._languageId = languageId, this._version = version2, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version2) {
        this._content = event.text, this._version = version2, this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          let lineOffsets = [], text = this._content, isLineStart = !0;
          for (let i = 0; i < text.length; i++) {
            isLineStart && (lineOffsets.push(i), isLineStart = !1);
            let ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === `
`, ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === `
` && i++;
          }
          isLineStart && text.length > 0 && lineOffsets.push(text.length), this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return Position.create(0, offset);
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line], nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      let toString = Object.prototype.toString;
      function defined(value) {
        return typeof value < "u";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value > "u";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === !0 || value === !1;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value == "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check2) {
        return Array.isArray(value) && value.every(check2);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/messages.js
var require_messages2 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/messages.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.CM = exports2.ProtocolNotificationType = exports2.ProtocolNotificationType0 = exports2.ProtocolRequestType = exports2.ProtocolRequestType0 = exports2.RegistrationType = exports2.MessageDirection = void 0;
    var vscode_jsonrpc_1 = require_api(), MessageDirection;
    (function(MessageDirection2) {
      MessageDirection2.clientToServer = "clientToServer", MessageDirection2.serverToClient = "serverToClient", MessageDirection2.both = "both";
    })(MessageDirection || (exports2.MessageDirection = MessageDirection = {}));
    var RegistrationType = class {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ____;
      method;
      constructor(method) {
        this.method = method;
      }
    };
    exports2.RegistrationType = RegistrationType;
    var ProtocolRequestType0 = class extends vscode_jsonrpc_1.RequestType0 {
      /**
       * Clients must not use these properties. They are here to ensure correct typing.
       * in TypeScript
       */
      __;
      ___;
      ____;
      _pr;
      constructor(method) {
        super(method);
      }
    };
    exports2.ProtocolRequestType0 = ProtocolRequestType0;
    var ProtocolRequestType = class extends vscode_jsonrpc_1.RequestType {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      __;
      ___;
      ____;
      _pr;
      constructor(method) {
        super(method, vscode_jsonrpc_1.ParameterStructures.byName);
      }
    };
    exports2.ProtocolRequestType = ProtocolRequestType;
    var ProtocolNotificationType0 = class extends vscode_jsonrpc_1.NotificationType0 {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ___;
      ____;
      constructor(method) {
        super(method);
      }
    };
    exports2.ProtocolNotificationType0 = ProtocolNotificationType0;
    var ProtocolNotificationType = class extends vscode_jsonrpc_1.NotificationType {
      /**
       * Clients must not use this property. It is here to ensure correct typing.
       */
      ___;
      ____;
      constructor(method) {
        super(method, vscode_jsonrpc_1.ParameterStructures.byName);
      }
    };
    exports2.ProtocolNotificationType = ProtocolNotificationType;
    var CM;
    (function(CM2) {
      function create(client, server) {
        return { client, server };
      }
      CM2.create = create;
    })(CM || (exports2.CM = CM = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/utils/is.js
var require_is3 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/utils/is.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.boolean = boolean;
    exports2.string = string;
    exports2.number = number;
    exports2.error = error;
    exports2.func = func;
    exports2.array = array;
    exports2.stringArray = stringArray;
    exports2.typedArray = typedArray;
    exports2.objectLiteral = objectLiteral;
    function boolean(value) {
      return value === !0 || value === !1;
    }
    function string(value) {
      return typeof value == "string" || value instanceof String;
    }
    function number(value) {
      return typeof value == "number" || value instanceof Number;
    }
    function error(value) {
      return value instanceof Error;
    }
    function func(value) {
      return typeof value == "function";
    }
    function array(value) {
      return Array.isArray(value);
    }
    function stringArray(value) {
      return array(value) && value.every((elem) => string(elem));
    }
    function typedArray(value, check2) {
      return Array.isArray(value) && value.every(check2);
    }
    function objectLiteral(value) {
      return value !== null && typeof value == "object";
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.implementation.js
var require_protocol_implementation = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.implementation.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ImplementationRequest = void 0;
    var messages_1 = require_messages2(), ImplementationRequest;
    (function(ImplementationRequest2) {
      ImplementationRequest2.method = "textDocument/implementation", ImplementationRequest2.messageDirection = messages_1.MessageDirection.clientToServer, ImplementationRequest2.type = new messages_1.ProtocolRequestType(ImplementationRequest2.method), ImplementationRequest2.capabilities = messages_1.CM.create("textDocument.implementation", "implementationProvider");
    })(ImplementationRequest || (exports2.ImplementationRequest = ImplementationRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.typeDefinition.js
var require_protocol_typeDefinition = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.typeDefinition.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TypeDefinitionRequest = void 0;
    var messages_1 = require_messages2(), TypeDefinitionRequest;
    (function(TypeDefinitionRequest2) {
      TypeDefinitionRequest2.method = "textDocument/typeDefinition", TypeDefinitionRequest2.messageDirection = messages_1.MessageDirection.clientToServer, TypeDefinitionRequest2.type = new messages_1.ProtocolRequestType(TypeDefinitionRequest2.method), TypeDefinitionRequest2.capabilities = messages_1.CM.create("textDocument.typeDefinition", "typeDefinitionProvider");
    })(TypeDefinitionRequest || (exports2.TypeDefinitionRequest = TypeDefinitionRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.workspaceFolder.js
var require_protocol_workspaceFolder = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.workspaceFolder.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DidChangeWorkspaceFoldersNotification = exports2.WorkspaceFoldersRequest = void 0;
    var messages_1 = require_messages2(), WorkspaceFoldersRequest;
    (function(WorkspaceFoldersRequest2) {
      WorkspaceFoldersRequest2.method = "workspace/workspaceFolders", WorkspaceFoldersRequest2.messageDirection = messages_1.MessageDirection.serverToClient, WorkspaceFoldersRequest2.type = new messages_1.ProtocolRequestType0(WorkspaceFoldersRequest2.method), WorkspaceFoldersRequest2.capabilities = messages_1.CM.create("workspace.workspaceFolders", "workspace.workspaceFolders");
    })(WorkspaceFoldersRequest || (exports2.WorkspaceFoldersRequest = WorkspaceFoldersRequest = {}));
    var DidChangeWorkspaceFoldersNotification;
    (function(DidChangeWorkspaceFoldersNotification2) {
      DidChangeWorkspaceFoldersNotification2.method = "workspace/didChangeWorkspaceFolders", DidChangeWorkspaceFoldersNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidChangeWorkspaceFoldersNotification2.type = new messages_1.ProtocolNotificationType(DidChangeWorkspaceFoldersNotification2.method), DidChangeWorkspaceFoldersNotification2.capabilities = messages_1.CM.create(void 0, "workspace.workspaceFolders.changeNotifications");
    })(DidChangeWorkspaceFoldersNotification || (exports2.DidChangeWorkspaceFoldersNotification = DidChangeWorkspaceFoldersNotification = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.configuration.js
var require_protocol_configuration = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.configuration.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ConfigurationRequest = void 0;
    var messages_1 = require_messages2(), ConfigurationRequest;
    (function(ConfigurationRequest2) {
      ConfigurationRequest2.method = "workspace/configuration", ConfigurationRequest2.messageDirection = messages_1.MessageDirection.serverToClient, ConfigurationRequest2.type = new messages_1.ProtocolRequestType(ConfigurationRequest2.method), ConfigurationRequest2.capabilities = messages_1.CM.create("workspace.configuration", void 0);
    })(ConfigurationRequest || (exports2.ConfigurationRequest = ConfigurationRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.colorProvider.js
var require_protocol_colorProvider = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.colorProvider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ColorPresentationRequest = exports2.DocumentColorRequest = void 0;
    var messages_1 = require_messages2(), DocumentColorRequest;
    (function(DocumentColorRequest2) {
      DocumentColorRequest2.method = "textDocument/documentColor", DocumentColorRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentColorRequest2.type = new messages_1.ProtocolRequestType(DocumentColorRequest2.method), DocumentColorRequest2.capabilities = messages_1.CM.create("textDocument.colorProvider", "colorProvider");
    })(DocumentColorRequest || (exports2.DocumentColorRequest = DocumentColorRequest = {}));
    var ColorPresentationRequest;
    (function(ColorPresentationRequest2) {
      ColorPresentationRequest2.method = "textDocument/colorPresentation", ColorPresentationRequest2.messageDirection = messages_1.MessageDirection.clientToServer, ColorPresentationRequest2.type = new messages_1.ProtocolRequestType(ColorPresentationRequest2.method), ColorPresentationRequest2.capabilities = messages_1.CM.create("textDocument.colorProvider", "colorProvider");
    })(ColorPresentationRequest || (exports2.ColorPresentationRequest = ColorPresentationRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.foldingRange.js
var require_protocol_foldingRange = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.foldingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.FoldingRangeRefreshRequest = exports2.FoldingRangeRequest = void 0;
    var messages_1 = require_messages2(), FoldingRangeRequest;
    (function(FoldingRangeRequest2) {
      FoldingRangeRequest2.method = "textDocument/foldingRange", FoldingRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer, FoldingRangeRequest2.type = new messages_1.ProtocolRequestType(FoldingRangeRequest2.method), FoldingRangeRequest2.capabilities = messages_1.CM.create("textDocument.foldingRange", "foldingRangeProvider");
    })(FoldingRangeRequest || (exports2.FoldingRangeRequest = FoldingRangeRequest = {}));
    var FoldingRangeRefreshRequest;
    (function(FoldingRangeRefreshRequest2) {
      FoldingRangeRefreshRequest2.method = "workspace/foldingRange/refresh", FoldingRangeRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, FoldingRangeRefreshRequest2.type = new messages_1.ProtocolRequestType0(FoldingRangeRefreshRequest2.method), FoldingRangeRefreshRequest2.capabilities = messages_1.CM.create("workspace.foldingRange.refreshSupport", void 0);
    })(FoldingRangeRefreshRequest || (exports2.FoldingRangeRefreshRequest = FoldingRangeRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.declaration.js
var require_protocol_declaration = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.declaration.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DeclarationRequest = void 0;
    var messages_1 = require_messages2(), DeclarationRequest;
    (function(DeclarationRequest2) {
      DeclarationRequest2.method = "textDocument/declaration", DeclarationRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DeclarationRequest2.type = new messages_1.ProtocolRequestType(DeclarationRequest2.method), DeclarationRequest2.capabilities = messages_1.CM.create("textDocument.declaration", "declarationProvider");
    })(DeclarationRequest || (exports2.DeclarationRequest = DeclarationRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.selectionRange.js
var require_protocol_selectionRange = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.selectionRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.SelectionRangeRequest = void 0;
    var messages_1 = require_messages2(), SelectionRangeRequest;
    (function(SelectionRangeRequest2) {
      SelectionRangeRequest2.method = "textDocument/selectionRange", SelectionRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer, SelectionRangeRequest2.type = new messages_1.ProtocolRequestType(SelectionRangeRequest2.method), SelectionRangeRequest2.capabilities = messages_1.CM.create("textDocument.selectionRange", "selectionRangeProvider");
    })(SelectionRangeRequest || (exports2.SelectionRangeRequest = SelectionRangeRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.progress.js
var require_protocol_progress = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.progress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.WorkDoneProgressCancelNotification = exports2.WorkDoneProgressCreateRequest = exports2.WorkDoneProgress = void 0;
    var vscode_jsonrpc_1 = require_api(), messages_1 = require_messages2(), WorkDoneProgress;
    (function(WorkDoneProgress2) {
      WorkDoneProgress2.type = new vscode_jsonrpc_1.ProgressType();
      function is(value) {
        return value === WorkDoneProgress2.type;
      }
      WorkDoneProgress2.is = is;
    })(WorkDoneProgress || (exports2.WorkDoneProgress = WorkDoneProgress = {}));
    var WorkDoneProgressCreateRequest;
    (function(WorkDoneProgressCreateRequest2) {
      WorkDoneProgressCreateRequest2.method = "window/workDoneProgress/create", WorkDoneProgressCreateRequest2.messageDirection = messages_1.MessageDirection.serverToClient, WorkDoneProgressCreateRequest2.type = new messages_1.ProtocolRequestType(WorkDoneProgressCreateRequest2.method), WorkDoneProgressCreateRequest2.capabilities = messages_1.CM.create("window.workDoneProgress", void 0);
    })(WorkDoneProgressCreateRequest || (exports2.WorkDoneProgressCreateRequest = WorkDoneProgressCreateRequest = {}));
    var WorkDoneProgressCancelNotification;
    (function(WorkDoneProgressCancelNotification2) {
      WorkDoneProgressCancelNotification2.method = "window/workDoneProgress/cancel", WorkDoneProgressCancelNotification2.messageDirection = messages_1.MessageDirection.clientToServer, WorkDoneProgressCancelNotification2.type = new messages_1.ProtocolNotificationType(WorkDoneProgressCancelNotification2.method);
    })(WorkDoneProgressCancelNotification || (exports2.WorkDoneProgressCancelNotification = WorkDoneProgressCancelNotification = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.callHierarchy.js
var require_protocol_callHierarchy = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.callHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.CallHierarchyOutgoingCallsRequest = exports2.CallHierarchyIncomingCallsRequest = exports2.CallHierarchyPrepareRequest = void 0;
    var messages_1 = require_messages2(), CallHierarchyPrepareRequest;
    (function(CallHierarchyPrepareRequest2) {
      CallHierarchyPrepareRequest2.method = "textDocument/prepareCallHierarchy", CallHierarchyPrepareRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CallHierarchyPrepareRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyPrepareRequest2.method), CallHierarchyPrepareRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyPrepareRequest || (exports2.CallHierarchyPrepareRequest = CallHierarchyPrepareRequest = {}));
    var CallHierarchyIncomingCallsRequest;
    (function(CallHierarchyIncomingCallsRequest2) {
      CallHierarchyIncomingCallsRequest2.method = "callHierarchy/incomingCalls", CallHierarchyIncomingCallsRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CallHierarchyIncomingCallsRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyIncomingCallsRequest2.method), CallHierarchyIncomingCallsRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyIncomingCallsRequest || (exports2.CallHierarchyIncomingCallsRequest = CallHierarchyIncomingCallsRequest = {}));
    var CallHierarchyOutgoingCallsRequest;
    (function(CallHierarchyOutgoingCallsRequest2) {
      CallHierarchyOutgoingCallsRequest2.method = "callHierarchy/outgoingCalls", CallHierarchyOutgoingCallsRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CallHierarchyOutgoingCallsRequest2.type = new messages_1.ProtocolRequestType(CallHierarchyOutgoingCallsRequest2.method), CallHierarchyOutgoingCallsRequest2.capabilities = messages_1.CM.create("textDocument.callHierarchy", "callHierarchyProvider");
    })(CallHierarchyOutgoingCallsRequest || (exports2.CallHierarchyOutgoingCallsRequest = CallHierarchyOutgoingCallsRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.semanticTokens.js
var require_protocol_semanticTokens = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.semanticTokens.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.SemanticTokensRefreshRequest = exports2.SemanticTokensRangeRequest = exports2.SemanticTokensDeltaRequest = exports2.SemanticTokensRequest = exports2.SemanticTokensRegistrationType = exports2.TokenFormat = void 0;
    var messages_1 = require_messages2(), TokenFormat;
    (function(TokenFormat2) {
      TokenFormat2.Relative = "relative";
    })(TokenFormat || (exports2.TokenFormat = TokenFormat = {}));
    var SemanticTokensRegistrationType;
    (function(SemanticTokensRegistrationType2) {
      SemanticTokensRegistrationType2.method = "textDocument/semanticTokens", SemanticTokensRegistrationType2.type = new messages_1.RegistrationType(SemanticTokensRegistrationType2.method);
    })(SemanticTokensRegistrationType || (exports2.SemanticTokensRegistrationType = SemanticTokensRegistrationType = {}));
    var SemanticTokensRequest;
    (function(SemanticTokensRequest2) {
      SemanticTokensRequest2.method = "textDocument/semanticTokens/full", SemanticTokensRequest2.messageDirection = messages_1.MessageDirection.clientToServer, SemanticTokensRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensRequest2.method), SemanticTokensRequest2.registrationMethod = SemanticTokensRegistrationType.method, SemanticTokensRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens", "semanticTokensProvider");
    })(SemanticTokensRequest || (exports2.SemanticTokensRequest = SemanticTokensRequest = {}));
    var SemanticTokensDeltaRequest;
    (function(SemanticTokensDeltaRequest2) {
      SemanticTokensDeltaRequest2.method = "textDocument/semanticTokens/full/delta", SemanticTokensDeltaRequest2.messageDirection = messages_1.MessageDirection.clientToServer, SemanticTokensDeltaRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensDeltaRequest2.method), SemanticTokensDeltaRequest2.registrationMethod = SemanticTokensRegistrationType.method, SemanticTokensDeltaRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens.requests.full.delta", "semanticTokensProvider.full.delta");
    })(SemanticTokensDeltaRequest || (exports2.SemanticTokensDeltaRequest = SemanticTokensDeltaRequest = {}));
    var SemanticTokensRangeRequest;
    (function(SemanticTokensRangeRequest2) {
      SemanticTokensRangeRequest2.method = "textDocument/semanticTokens/range", SemanticTokensRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer, SemanticTokensRangeRequest2.type = new messages_1.ProtocolRequestType(SemanticTokensRangeRequest2.method), SemanticTokensRangeRequest2.registrationMethod = SemanticTokensRegistrationType.method, SemanticTokensRangeRequest2.capabilities = messages_1.CM.create("textDocument.semanticTokens.requests.range", "semanticTokensProvider.range");
    })(SemanticTokensRangeRequest || (exports2.SemanticTokensRangeRequest = SemanticTokensRangeRequest = {}));
    var SemanticTokensRefreshRequest;
    (function(SemanticTokensRefreshRequest2) {
      SemanticTokensRefreshRequest2.method = "workspace/semanticTokens/refresh", SemanticTokensRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, SemanticTokensRefreshRequest2.type = new messages_1.ProtocolRequestType0(SemanticTokensRefreshRequest2.method), SemanticTokensRefreshRequest2.capabilities = messages_1.CM.create("workspace.semanticTokens.refreshSupport", void 0);
    })(SemanticTokensRefreshRequest || (exports2.SemanticTokensRefreshRequest = SemanticTokensRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.showDocument.js
var require_protocol_showDocument = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.showDocument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ShowDocumentRequest = void 0;
    var messages_1 = require_messages2(), ShowDocumentRequest;
    (function(ShowDocumentRequest2) {
      ShowDocumentRequest2.method = "window/showDocument", ShowDocumentRequest2.messageDirection = messages_1.MessageDirection.serverToClient, ShowDocumentRequest2.type = new messages_1.ProtocolRequestType(ShowDocumentRequest2.method), ShowDocumentRequest2.capabilities = messages_1.CM.create("window.showDocument.support", void 0);
    })(ShowDocumentRequest || (exports2.ShowDocumentRequest = ShowDocumentRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.linkedEditingRange.js
var require_protocol_linkedEditingRange = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.linkedEditingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.LinkedEditingRangeRequest = void 0;
    var messages_1 = require_messages2(), LinkedEditingRangeRequest;
    (function(LinkedEditingRangeRequest2) {
      LinkedEditingRangeRequest2.method = "textDocument/linkedEditingRange", LinkedEditingRangeRequest2.messageDirection = messages_1.MessageDirection.clientToServer, LinkedEditingRangeRequest2.type = new messages_1.ProtocolRequestType(LinkedEditingRangeRequest2.method), LinkedEditingRangeRequest2.capabilities = messages_1.CM.create("textDocument.linkedEditingRange", "linkedEditingRangeProvider");
    })(LinkedEditingRangeRequest || (exports2.LinkedEditingRangeRequest = LinkedEditingRangeRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.fileOperations.js
var require_protocol_fileOperations = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.fileOperations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.WillDeleteFilesRequest = exports2.DidDeleteFilesNotification = exports2.DidRenameFilesNotification = exports2.WillRenameFilesRequest = exports2.DidCreateFilesNotification = exports2.WillCreateFilesRequest = exports2.FileOperationPatternKind = void 0;
    var messages_1 = require_messages2(), FileOperationPatternKind;
    (function(FileOperationPatternKind2) {
      FileOperationPatternKind2.file = "file", FileOperationPatternKind2.folder = "folder";
    })(FileOperationPatternKind || (exports2.FileOperationPatternKind = FileOperationPatternKind = {}));
    var WillCreateFilesRequest;
    (function(WillCreateFilesRequest2) {
      WillCreateFilesRequest2.method = "workspace/willCreateFiles", WillCreateFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WillCreateFilesRequest2.type = new messages_1.ProtocolRequestType(WillCreateFilesRequest2.method), WillCreateFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willCreate", "workspace.fileOperations.willCreate");
    })(WillCreateFilesRequest || (exports2.WillCreateFilesRequest = WillCreateFilesRequest = {}));
    var DidCreateFilesNotification;
    (function(DidCreateFilesNotification2) {
      DidCreateFilesNotification2.method = "workspace/didCreateFiles", DidCreateFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidCreateFilesNotification2.type = new messages_1.ProtocolNotificationType(DidCreateFilesNotification2.method), DidCreateFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didCreate", "workspace.fileOperations.didCreate");
    })(DidCreateFilesNotification || (exports2.DidCreateFilesNotification = DidCreateFilesNotification = {}));
    var WillRenameFilesRequest;
    (function(WillRenameFilesRequest2) {
      WillRenameFilesRequest2.method = "workspace/willRenameFiles", WillRenameFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WillRenameFilesRequest2.type = new messages_1.ProtocolRequestType(WillRenameFilesRequest2.method), WillRenameFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willRename", "workspace.fileOperations.willRename");
    })(WillRenameFilesRequest || (exports2.WillRenameFilesRequest = WillRenameFilesRequest = {}));
    var DidRenameFilesNotification;
    (function(DidRenameFilesNotification2) {
      DidRenameFilesNotification2.method = "workspace/didRenameFiles", DidRenameFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidRenameFilesNotification2.type = new messages_1.ProtocolNotificationType(DidRenameFilesNotification2.method), DidRenameFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didRename", "workspace.fileOperations.didRename");
    })(DidRenameFilesNotification || (exports2.DidRenameFilesNotification = DidRenameFilesNotification = {}));
    var DidDeleteFilesNotification;
    (function(DidDeleteFilesNotification2) {
      DidDeleteFilesNotification2.method = "workspace/didDeleteFiles", DidDeleteFilesNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidDeleteFilesNotification2.type = new messages_1.ProtocolNotificationType(DidDeleteFilesNotification2.method), DidDeleteFilesNotification2.capabilities = messages_1.CM.create("workspace.fileOperations.didDelete", "workspace.fileOperations.didDelete");
    })(DidDeleteFilesNotification || (exports2.DidDeleteFilesNotification = DidDeleteFilesNotification = {}));
    var WillDeleteFilesRequest;
    (function(WillDeleteFilesRequest2) {
      WillDeleteFilesRequest2.method = "workspace/willDeleteFiles", WillDeleteFilesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WillDeleteFilesRequest2.type = new messages_1.ProtocolRequestType(WillDeleteFilesRequest2.method), WillDeleteFilesRequest2.capabilities = messages_1.CM.create("workspace.fileOperations.willDelete", "workspace.fileOperations.willDelete");
    })(WillDeleteFilesRequest || (exports2.WillDeleteFilesRequest = WillDeleteFilesRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.moniker.js
var require_protocol_moniker = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.moniker.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.MonikerRequest = exports2.MonikerKind = exports2.UniquenessLevel = void 0;
    var messages_1 = require_messages2(), UniquenessLevel;
    (function(UniquenessLevel2) {
      UniquenessLevel2.document = "document", UniquenessLevel2.project = "project", UniquenessLevel2.group = "group", UniquenessLevel2.scheme = "scheme", UniquenessLevel2.global = "global";
    })(UniquenessLevel || (exports2.UniquenessLevel = UniquenessLevel = {}));
    var MonikerKind;
    (function(MonikerKind2) {
      MonikerKind2.$import = "import", MonikerKind2.$export = "export", MonikerKind2.local = "local";
    })(MonikerKind || (exports2.MonikerKind = MonikerKind = {}));
    var MonikerRequest;
    (function(MonikerRequest2) {
      MonikerRequest2.method = "textDocument/moniker", MonikerRequest2.messageDirection = messages_1.MessageDirection.clientToServer, MonikerRequest2.type = new messages_1.ProtocolRequestType(MonikerRequest2.method), MonikerRequest2.capabilities = messages_1.CM.create("textDocument.moniker", "monikerProvider");
    })(MonikerRequest || (exports2.MonikerRequest = MonikerRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.typeHierarchy.js
var require_protocol_typeHierarchy = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.typeHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TypeHierarchySubtypesRequest = exports2.TypeHierarchySupertypesRequest = exports2.TypeHierarchyPrepareRequest = void 0;
    var messages_1 = require_messages2(), TypeHierarchyPrepareRequest;
    (function(TypeHierarchyPrepareRequest2) {
      TypeHierarchyPrepareRequest2.method = "textDocument/prepareTypeHierarchy", TypeHierarchyPrepareRequest2.messageDirection = messages_1.MessageDirection.clientToServer, TypeHierarchyPrepareRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchyPrepareRequest2.method), TypeHierarchyPrepareRequest2.capabilities = messages_1.CM.create("textDocument.typeHierarchy", "typeHierarchyProvider");
    })(TypeHierarchyPrepareRequest || (exports2.TypeHierarchyPrepareRequest = TypeHierarchyPrepareRequest = {}));
    var TypeHierarchySupertypesRequest;
    (function(TypeHierarchySupertypesRequest2) {
      TypeHierarchySupertypesRequest2.method = "typeHierarchy/supertypes", TypeHierarchySupertypesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, TypeHierarchySupertypesRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchySupertypesRequest2.method);
    })(TypeHierarchySupertypesRequest || (exports2.TypeHierarchySupertypesRequest = TypeHierarchySupertypesRequest = {}));
    var TypeHierarchySubtypesRequest;
    (function(TypeHierarchySubtypesRequest2) {
      TypeHierarchySubtypesRequest2.method = "typeHierarchy/subtypes", TypeHierarchySubtypesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, TypeHierarchySubtypesRequest2.type = new messages_1.ProtocolRequestType(TypeHierarchySubtypesRequest2.method);
    })(TypeHierarchySubtypesRequest || (exports2.TypeHierarchySubtypesRequest = TypeHierarchySubtypesRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineValue.js
var require_protocol_inlineValue = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineValue.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlineValueRefreshRequest = exports2.InlineValueRequest = void 0;
    var messages_1 = require_messages2(), InlineValueRequest;
    (function(InlineValueRequest2) {
      InlineValueRequest2.method = "textDocument/inlineValue", InlineValueRequest2.messageDirection = messages_1.MessageDirection.clientToServer, InlineValueRequest2.type = new messages_1.ProtocolRequestType(InlineValueRequest2.method), InlineValueRequest2.capabilities = messages_1.CM.create("textDocument.inlineValue", "inlineValueProvider");
    })(InlineValueRequest || (exports2.InlineValueRequest = InlineValueRequest = {}));
    var InlineValueRefreshRequest;
    (function(InlineValueRefreshRequest2) {
      InlineValueRefreshRequest2.method = "workspace/inlineValue/refresh", InlineValueRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, InlineValueRefreshRequest2.type = new messages_1.ProtocolRequestType0(InlineValueRefreshRequest2.method), InlineValueRefreshRequest2.capabilities = messages_1.CM.create("workspace.inlineValue.refreshSupport", void 0);
    })(InlineValueRefreshRequest || (exports2.InlineValueRefreshRequest = InlineValueRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlayHint.js
var require_protocol_inlayHint = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlayHint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlayHintRefreshRequest = exports2.InlayHintResolveRequest = exports2.InlayHintRequest = void 0;
    var messages_1 = require_messages2(), InlayHintRequest;
    (function(InlayHintRequest2) {
      InlayHintRequest2.method = "textDocument/inlayHint", InlayHintRequest2.messageDirection = messages_1.MessageDirection.clientToServer, InlayHintRequest2.type = new messages_1.ProtocolRequestType(InlayHintRequest2.method), InlayHintRequest2.capabilities = messages_1.CM.create("textDocument.inlayHint", "inlayHintProvider");
    })(InlayHintRequest || (exports2.InlayHintRequest = InlayHintRequest = {}));
    var InlayHintResolveRequest;
    (function(InlayHintResolveRequest2) {
      InlayHintResolveRequest2.method = "inlayHint/resolve", InlayHintResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, InlayHintResolveRequest2.type = new messages_1.ProtocolRequestType(InlayHintResolveRequest2.method), InlayHintResolveRequest2.capabilities = messages_1.CM.create("textDocument.inlayHint.resolveSupport", "inlayHintProvider.resolveProvider");
    })(InlayHintResolveRequest || (exports2.InlayHintResolveRequest = InlayHintResolveRequest = {}));
    var InlayHintRefreshRequest;
    (function(InlayHintRefreshRequest2) {
      InlayHintRefreshRequest2.method = "workspace/inlayHint/refresh", InlayHintRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, InlayHintRefreshRequest2.type = new messages_1.ProtocolRequestType0(InlayHintRefreshRequest2.method), InlayHintRefreshRequest2.capabilities = messages_1.CM.create("workspace.inlayHint.refreshSupport", void 0);
    })(InlayHintRefreshRequest || (exports2.InlayHintRefreshRequest = InlayHintRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.diagnostic.js
var require_protocol_diagnostic = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.diagnostic.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DiagnosticRefreshRequest = exports2.WorkspaceDiagnosticRequest = exports2.DocumentDiagnosticRequest = exports2.DocumentDiagnosticReportKind = exports2.DiagnosticServerCancellationData = void 0;
    var vscode_jsonrpc_1 = require_api(), Is2 = __importStar(require_is3()), messages_1 = require_messages2(), DiagnosticServerCancellationData;
    (function(DiagnosticServerCancellationData2) {
      function is(value) {
        let candidate = value;
        return candidate && Is2.boolean(candidate.retriggerRequest);
      }
      DiagnosticServerCancellationData2.is = is;
    })(DiagnosticServerCancellationData || (exports2.DiagnosticServerCancellationData = DiagnosticServerCancellationData = {}));
    var DocumentDiagnosticReportKind;
    (function(DocumentDiagnosticReportKind2) {
      DocumentDiagnosticReportKind2.Full = "full", DocumentDiagnosticReportKind2.Unchanged = "unchanged";
    })(DocumentDiagnosticReportKind || (exports2.DocumentDiagnosticReportKind = DocumentDiagnosticReportKind = {}));
    var DocumentDiagnosticRequest;
    (function(DocumentDiagnosticRequest2) {
      DocumentDiagnosticRequest2.method = "textDocument/diagnostic", DocumentDiagnosticRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentDiagnosticRequest2.type = new messages_1.ProtocolRequestType(DocumentDiagnosticRequest2.method), DocumentDiagnosticRequest2.partialResult = new vscode_jsonrpc_1.ProgressType(), DocumentDiagnosticRequest2.capabilities = messages_1.CM.create("textDocument.diagnostic", "diagnosticProvider");
    })(DocumentDiagnosticRequest || (exports2.DocumentDiagnosticRequest = DocumentDiagnosticRequest = {}));
    var WorkspaceDiagnosticRequest;
    (function(WorkspaceDiagnosticRequest2) {
      WorkspaceDiagnosticRequest2.method = "workspace/diagnostic", WorkspaceDiagnosticRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WorkspaceDiagnosticRequest2.type = new messages_1.ProtocolRequestType(WorkspaceDiagnosticRequest2.method), WorkspaceDiagnosticRequest2.partialResult = new vscode_jsonrpc_1.ProgressType(), WorkspaceDiagnosticRequest2.capabilities = messages_1.CM.create("workspace.diagnostics", "diagnosticProvider.workspaceDiagnostics");
    })(WorkspaceDiagnosticRequest || (exports2.WorkspaceDiagnosticRequest = WorkspaceDiagnosticRequest = {}));
    var DiagnosticRefreshRequest;
    (function(DiagnosticRefreshRequest2) {
      DiagnosticRefreshRequest2.method = "workspace/diagnostic/refresh", DiagnosticRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, DiagnosticRefreshRequest2.type = new messages_1.ProtocolRequestType0(DiagnosticRefreshRequest2.method), DiagnosticRefreshRequest2.capabilities = messages_1.CM.create("workspace.diagnostics.refreshSupport", void 0);
    })(DiagnosticRefreshRequest || (exports2.DiagnosticRefreshRequest = DiagnosticRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.notebook.js
var require_protocol_notebook = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.notebook.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DidCloseNotebookDocumentNotification = exports2.DidSaveNotebookDocumentNotification = exports2.DidChangeNotebookDocumentNotification = exports2.NotebookCellArrayChange = exports2.DidOpenNotebookDocumentNotification = exports2.NotebookDocumentSyncRegistrationType = exports2.NotebookDocument = exports2.NotebookCell = exports2.ExecutionSummary = exports2.NotebookCellKind = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), Is2 = __importStar(require_is3()), messages_1 = require_messages2(), NotebookCellKind;
    (function(NotebookCellKind2) {
      NotebookCellKind2.Markup = 1, NotebookCellKind2.Code = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      NotebookCellKind2.is = is;
    })(NotebookCellKind || (exports2.NotebookCellKind = NotebookCellKind = {}));
    var ExecutionSummary;
    (function(ExecutionSummary2) {
      function create(executionOrder, success) {
        let result2 = { executionOrder };
        return (success === !0 || success === !1) && (result2.success = success), result2;
      }
      ExecutionSummary2.create = create;
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && vscode_languageserver_types_1.uinteger.is(candidate.executionOrder) && (candidate.success === void 0 || Is2.boolean(candidate.success));
      }
      ExecutionSummary2.is = is;
      function equals(one, other2) {
        return one === other2 ? !0 : one == null || other2 === null || other2 === void 0 ? !1 : one.executionOrder === other2.executionOrder && one.success === other2.success;
      }
      ExecutionSummary2.equals = equals;
    })(ExecutionSummary || (exports2.ExecutionSummary = ExecutionSummary = {}));
    var NotebookCell;
    (function(NotebookCell2) {
      function create(kind, document) {
        return { kind, document };
      }
      NotebookCell2.create = create;
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && NotebookCellKind.is(candidate.kind) && vscode_languageserver_types_1.DocumentUri.is(candidate.document) && (candidate.metadata === void 0 || Is2.objectLiteral(candidate.metadata));
      }
      NotebookCell2.is = is;
      function diff(one, two) {
        let result2 = /* @__PURE__ */ new Set();
        return one.document !== two.document && result2.add("document"), one.kind !== two.kind && result2.add("kind"), one.executionSummary !== two.executionSummary && result2.add("executionSummary"), (one.metadata !== void 0 || two.metadata !== void 0) && !equalsMetadata(one.metadata, two.metadata) && result2.add("metadata"), (one.executionSummary !== void 0 || two.executionSummary !== void 0) && !ExecutionSummary.equals(one.executionSummary, two.executionSummary) && result2.add("executionSummary"), result2;
      }
      NotebookCell2.diff = diff;
      function equalsMetadata(one, other2) {
        if (one === other2)
          return !0;
        if (one == null || other2 === null || other2 === void 0 || typeof one != typeof other2 || typeof one != "object")
          return !1;
        let oneArray = Array.isArray(one), otherArray = Array.isArray(other2);
        if (oneArray !== otherArray)
          return !1;
        if (oneArray && otherArray) {
          if (one.length !== other2.length)
            return !1;
          for (let i = 0; i < one.length; i++)
            if (!equalsMetadata(one[i], other2[i]))
              return !1;
        }
        if (Is2.objectLiteral(one) && Is2.objectLiteral(other2)) {
          let oneKeys = Object.keys(one), otherKeys = Object.keys(other2);
          if (oneKeys.length !== otherKeys.length || (oneKeys.sort(), otherKeys.sort(), !equalsMetadata(oneKeys, otherKeys)))
            return !1;
          for (let i = 0; i < oneKeys.length; i++) {
            let prop = oneKeys[i];
            if (!equalsMetadata(one[prop], other2[prop]))
              return !1;
          }
        }
        return !0;
      }
    })(NotebookCell || (exports2.NotebookCell = NotebookCell = {}));
    var NotebookDocument;
    (function(NotebookDocument2) {
      function create(uri, notebookType, version2, cells) {
        return { uri, notebookType, version: version2, cells };
      }
      NotebookDocument2.create = create;
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && Is2.string(candidate.uri) && vscode_languageserver_types_1.integer.is(candidate.version) && Is2.typedArray(candidate.cells, NotebookCell.is);
      }
      NotebookDocument2.is = is;
    })(NotebookDocument || (exports2.NotebookDocument = NotebookDocument = {}));
    var NotebookDocumentSyncRegistrationType;
    (function(NotebookDocumentSyncRegistrationType2) {
      NotebookDocumentSyncRegistrationType2.method = "notebookDocument/sync", NotebookDocumentSyncRegistrationType2.messageDirection = messages_1.MessageDirection.clientToServer, NotebookDocumentSyncRegistrationType2.type = new messages_1.RegistrationType(NotebookDocumentSyncRegistrationType2.method);
    })(NotebookDocumentSyncRegistrationType || (exports2.NotebookDocumentSyncRegistrationType = NotebookDocumentSyncRegistrationType = {}));
    var DidOpenNotebookDocumentNotification;
    (function(DidOpenNotebookDocumentNotification2) {
      DidOpenNotebookDocumentNotification2.method = "notebookDocument/didOpen", DidOpenNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidOpenNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidOpenNotebookDocumentNotification2.method), DidOpenNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidOpenNotebookDocumentNotification || (exports2.DidOpenNotebookDocumentNotification = DidOpenNotebookDocumentNotification = {}));
    var NotebookCellArrayChange;
    (function(NotebookCellArrayChange2) {
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && vscode_languageserver_types_1.uinteger.is(candidate.start) && vscode_languageserver_types_1.uinteger.is(candidate.deleteCount) && (candidate.cells === void 0 || Is2.typedArray(candidate.cells, NotebookCell.is));
      }
      NotebookCellArrayChange2.is = is;
      function create(start, deleteCount, cells) {
        let result2 = { start, deleteCount };
        return cells !== void 0 && (result2.cells = cells), result2;
      }
      NotebookCellArrayChange2.create = create;
    })(NotebookCellArrayChange || (exports2.NotebookCellArrayChange = NotebookCellArrayChange = {}));
    var DidChangeNotebookDocumentNotification;
    (function(DidChangeNotebookDocumentNotification2) {
      DidChangeNotebookDocumentNotification2.method = "notebookDocument/didChange", DidChangeNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidChangeNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidChangeNotebookDocumentNotification2.method), DidChangeNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidChangeNotebookDocumentNotification || (exports2.DidChangeNotebookDocumentNotification = DidChangeNotebookDocumentNotification = {}));
    var DidSaveNotebookDocumentNotification;
    (function(DidSaveNotebookDocumentNotification2) {
      DidSaveNotebookDocumentNotification2.method = "notebookDocument/didSave", DidSaveNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidSaveNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidSaveNotebookDocumentNotification2.method), DidSaveNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidSaveNotebookDocumentNotification || (exports2.DidSaveNotebookDocumentNotification = DidSaveNotebookDocumentNotification = {}));
    var DidCloseNotebookDocumentNotification;
    (function(DidCloseNotebookDocumentNotification2) {
      DidCloseNotebookDocumentNotification2.method = "notebookDocument/didClose", DidCloseNotebookDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidCloseNotebookDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidCloseNotebookDocumentNotification2.method), DidCloseNotebookDocumentNotification2.registrationMethod = NotebookDocumentSyncRegistrationType.method;
    })(DidCloseNotebookDocumentNotification || (exports2.DidCloseNotebookDocumentNotification = DidCloseNotebookDocumentNotification = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineCompletion.js
var require_protocol_inlineCompletion = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.inlineCompletion.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlineCompletionRequest = void 0;
    var messages_1 = require_messages2(), InlineCompletionRequest;
    (function(InlineCompletionRequest2) {
      InlineCompletionRequest2.method = "textDocument/inlineCompletion", InlineCompletionRequest2.messageDirection = messages_1.MessageDirection.clientToServer, InlineCompletionRequest2.type = new messages_1.ProtocolRequestType(InlineCompletionRequest2.method), InlineCompletionRequest2.capabilities = messages_1.CM.create("textDocument.inlineCompletion", "inlineCompletionProvider");
    })(InlineCompletionRequest || (exports2.InlineCompletionRequest = InlineCompletionRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.textDocumentContent.js
var require_protocol_textDocumentContent = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.textDocumentContent.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TextDocumentContentRefreshRequest = exports2.TextDocumentContentRequest = void 0;
    var messages_1 = require_messages2(), TextDocumentContentRequest;
    (function(TextDocumentContentRequest2) {
      TextDocumentContentRequest2.method = "workspace/textDocumentContent", TextDocumentContentRequest2.messageDirection = messages_1.MessageDirection.clientToServer, TextDocumentContentRequest2.type = new messages_1.ProtocolRequestType(TextDocumentContentRequest2.method), TextDocumentContentRequest2.capabilities = messages_1.CM.create("workspace.textDocumentContent", "workspace.textDocumentContent");
    })(TextDocumentContentRequest || (exports2.TextDocumentContentRequest = TextDocumentContentRequest = {}));
    var TextDocumentContentRefreshRequest;
    (function(TextDocumentContentRefreshRequest2) {
      TextDocumentContentRefreshRequest2.method = "workspace/textDocumentContent/refresh", TextDocumentContentRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, TextDocumentContentRefreshRequest2.type = new messages_1.ProtocolRequestType(TextDocumentContentRefreshRequest2.method);
    })(TextDocumentContentRefreshRequest || (exports2.TextDocumentContentRefreshRequest = TextDocumentContentRefreshRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.js
var require_protocol = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/protocol.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.CodeActionRequest = exports2.DocumentSymbolRequest = exports2.DocumentHighlightRequest = exports2.ReferencesRequest = exports2.DefinitionRequest = exports2.SignatureHelpRequest = exports2.SignatureHelpTriggerKind = exports2.HoverRequest = exports2.CompletionResolveRequest = exports2.CompletionRequest = exports2.CompletionTriggerKind = exports2.PublishDiagnosticsNotification = exports2.WatchKind = exports2.GlobPattern = exports2.RelativePattern = exports2.FileChangeType = exports2.DidChangeWatchedFilesNotification = exports2.WillSaveTextDocumentWaitUntilRequest = exports2.WillSaveTextDocumentNotification = exports2.TextDocumentSaveReason = exports2.DidSaveTextDocumentNotification = exports2.DidCloseTextDocumentNotification = exports2.DidChangeTextDocumentNotification = exports2.TextDocumentContentChangeEvent = exports2.DidOpenTextDocumentNotification = exports2.TextDocumentSyncKind = exports2.TelemetryEventNotification = exports2.LogMessageNotification = exports2.ShowMessageRequest = exports2.ShowMessageNotification = exports2.MessageType = exports2.DidChangeConfigurationNotification = exports2.ExitNotification = exports2.ShutdownRequest = exports2.InitializedNotification = exports2.InitializeErrorCodes = exports2.InitializeRequest = exports2.WorkDoneProgressOptions = exports2.TextDocumentRegistrationOptions = exports2.StaticRegistrationOptions = exports2.PositionEncodingKind = exports2.RegularExpressionEngineKind = exports2.FailureHandlingKind = exports2.ResourceOperationKind = exports2.UnregistrationRequest = exports2.RegistrationRequest = exports2.DocumentSelector = exports2.NotebookCellTextDocumentFilter = exports2.NotebookDocumentFilter = exports2.TextDocumentFilter = void 0;
    exports2.UniquenessLevel = exports2.WillDeleteFilesRequest = exports2.DidDeleteFilesNotification = exports2.WillRenameFilesRequest = exports2.DidRenameFilesNotification = exports2.WillCreateFilesRequest = exports2.DidCreateFilesNotification = exports2.FileOperationPatternKind = exports2.LinkedEditingRangeRequest = exports2.ShowDocumentRequest = exports2.SemanticTokensRegistrationType = exports2.SemanticTokensRefreshRequest = exports2.SemanticTokensRangeRequest = exports2.SemanticTokensDeltaRequest = exports2.SemanticTokensRequest = exports2.TokenFormat = exports2.CallHierarchyPrepareRequest = exports2.CallHierarchyOutgoingCallsRequest = exports2.CallHierarchyIncomingCallsRequest = exports2.WorkDoneProgressCancelNotification = exports2.WorkDoneProgressCreateRequest = exports2.WorkDoneProgress = exports2.SelectionRangeRequest = exports2.DeclarationRequest = exports2.FoldingRangeRefreshRequest = exports2.FoldingRangeRequest = exports2.ColorPresentationRequest = exports2.DocumentColorRequest = exports2.ConfigurationRequest = exports2.DidChangeWorkspaceFoldersNotification = exports2.WorkspaceFoldersRequest = exports2.TypeDefinitionRequest = exports2.ImplementationRequest = exports2.ApplyWorkspaceEditRequest = exports2.ExecuteCommandRequest = exports2.PrepareRenameRequest = exports2.RenameRequest = exports2.PrepareSupportDefaultBehavior = exports2.DocumentOnTypeFormattingRequest = exports2.DocumentRangesFormattingRequest = exports2.DocumentRangeFormattingRequest = exports2.DocumentFormattingRequest = exports2.DocumentLinkResolveRequest = exports2.DocumentLinkRequest = exports2.CodeLensRefreshRequest = exports2.CodeLensResolveRequest = exports2.CodeLensRequest = exports2.WorkspaceSymbolResolveRequest = exports2.WorkspaceSymbolRequest = exports2.CodeActionResolveRequest = void 0;
    exports2.TextDocumentContentRefreshRequest = exports2.TextDocumentContentRequest = exports2.InlineCompletionRequest = exports2.DidCloseNotebookDocumentNotification = exports2.DidSaveNotebookDocumentNotification = exports2.DidChangeNotebookDocumentNotification = exports2.NotebookCellArrayChange = exports2.DidOpenNotebookDocumentNotification = exports2.NotebookDocumentSyncRegistrationType = exports2.NotebookDocument = exports2.NotebookCell = exports2.ExecutionSummary = exports2.NotebookCellKind = exports2.DiagnosticRefreshRequest = exports2.WorkspaceDiagnosticRequest = exports2.DocumentDiagnosticRequest = exports2.DocumentDiagnosticReportKind = exports2.DiagnosticServerCancellationData = exports2.InlayHintRefreshRequest = exports2.InlayHintResolveRequest = exports2.InlayHintRequest = exports2.InlineValueRefreshRequest = exports2.InlineValueRequest = exports2.TypeHierarchySupertypesRequest = exports2.TypeHierarchySubtypesRequest = exports2.TypeHierarchyPrepareRequest = exports2.MonikerRequest = exports2.MonikerKind = void 0;
    var messages_1 = require_messages2(), vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports)), Is2 = __importStar(require_is3()), protocol_implementation_1 = require_protocol_implementation();
    Object.defineProperty(exports2, "ImplementationRequest", { enumerable: !0, get: function() {
      return protocol_implementation_1.ImplementationRequest;
    } });
    var protocol_typeDefinition_1 = require_protocol_typeDefinition();
    Object.defineProperty(exports2, "TypeDefinitionRequest", { enumerable: !0, get: function() {
      return protocol_typeDefinition_1.TypeDefinitionRequest;
    } });
    var protocol_workspaceFolder_1 = require_protocol_workspaceFolder();
    Object.defineProperty(exports2, "WorkspaceFoldersRequest", { enumerable: !0, get: function() {
      return protocol_workspaceFolder_1.WorkspaceFoldersRequest;
    } });
    Object.defineProperty(exports2, "DidChangeWorkspaceFoldersNotification", { enumerable: !0, get: function() {
      return protocol_workspaceFolder_1.DidChangeWorkspaceFoldersNotification;
    } });
    var protocol_configuration_1 = require_protocol_configuration();
    Object.defineProperty(exports2, "ConfigurationRequest", { enumerable: !0, get: function() {
      return protocol_configuration_1.ConfigurationRequest;
    } });
    var protocol_colorProvider_1 = require_protocol_colorProvider();
    Object.defineProperty(exports2, "DocumentColorRequest", { enumerable: !0, get: function() {
      return protocol_colorProvider_1.DocumentColorRequest;
    } });
    Object.defineProperty(exports2, "ColorPresentationRequest", { enumerable: !0, get: function() {
      return protocol_colorProvider_1.ColorPresentationRequest;
    } });
    var protocol_foldingRange_1 = require_protocol_foldingRange();
    Object.defineProperty(exports2, "FoldingRangeRequest", { enumerable: !0, get: function() {
      return protocol_foldingRange_1.FoldingRangeRequest;
    } });
    Object.defineProperty(exports2, "FoldingRangeRefreshRequest", { enumerable: !0, get: function() {
      return protocol_foldingRange_1.FoldingRangeRefreshRequest;
    } });
    var protocol_declaration_1 = require_protocol_declaration();
    Object.defineProperty(exports2, "DeclarationRequest", { enumerable: !0, get: function() {
      return protocol_declaration_1.DeclarationRequest;
    } });
    var protocol_selectionRange_1 = require_protocol_selectionRange();
    Object.defineProperty(exports2, "SelectionRangeRequest", { enumerable: !0, get: function() {
      return protocol_selectionRange_1.SelectionRangeRequest;
    } });
    var protocol_progress_1 = require_protocol_progress();
    Object.defineProperty(exports2, "WorkDoneProgress", { enumerable: !0, get: function() {
      return protocol_progress_1.WorkDoneProgress;
    } });
    Object.defineProperty(exports2, "WorkDoneProgressCreateRequest", { enumerable: !0, get: function() {
      return protocol_progress_1.WorkDoneProgressCreateRequest;
    } });
    Object.defineProperty(exports2, "WorkDoneProgressCancelNotification", { enumerable: !0, get: function() {
      return protocol_progress_1.WorkDoneProgressCancelNotification;
    } });
    var protocol_callHierarchy_1 = require_protocol_callHierarchy();
    Object.defineProperty(exports2, "CallHierarchyIncomingCallsRequest", { enumerable: !0, get: function() {
      return protocol_callHierarchy_1.CallHierarchyIncomingCallsRequest;
    } });
    Object.defineProperty(exports2, "CallHierarchyOutgoingCallsRequest", { enumerable: !0, get: function() {
      return protocol_callHierarchy_1.CallHierarchyOutgoingCallsRequest;
    } });
    Object.defineProperty(exports2, "CallHierarchyPrepareRequest", { enumerable: !0, get: function() {
      return protocol_callHierarchy_1.CallHierarchyPrepareRequest;
    } });
    var protocol_semanticTokens_1 = require_protocol_semanticTokens();
    Object.defineProperty(exports2, "TokenFormat", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.TokenFormat;
    } });
    Object.defineProperty(exports2, "SemanticTokensRequest", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensDeltaRequest", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.SemanticTokensDeltaRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRangeRequest", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRangeRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRefreshRequest", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRefreshRequest;
    } });
    Object.defineProperty(exports2, "SemanticTokensRegistrationType", { enumerable: !0, get: function() {
      return protocol_semanticTokens_1.SemanticTokensRegistrationType;
    } });
    var protocol_showDocument_1 = require_protocol_showDocument();
    Object.defineProperty(exports2, "ShowDocumentRequest", { enumerable: !0, get: function() {
      return protocol_showDocument_1.ShowDocumentRequest;
    } });
    var protocol_linkedEditingRange_1 = require_protocol_linkedEditingRange();
    Object.defineProperty(exports2, "LinkedEditingRangeRequest", { enumerable: !0, get: function() {
      return protocol_linkedEditingRange_1.LinkedEditingRangeRequest;
    } });
    var protocol_fileOperations_1 = require_protocol_fileOperations();
    Object.defineProperty(exports2, "FileOperationPatternKind", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.FileOperationPatternKind;
    } });
    Object.defineProperty(exports2, "DidCreateFilesNotification", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.DidCreateFilesNotification;
    } });
    Object.defineProperty(exports2, "WillCreateFilesRequest", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.WillCreateFilesRequest;
    } });
    Object.defineProperty(exports2, "DidRenameFilesNotification", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.DidRenameFilesNotification;
    } });
    Object.defineProperty(exports2, "WillRenameFilesRequest", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.WillRenameFilesRequest;
    } });
    Object.defineProperty(exports2, "DidDeleteFilesNotification", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.DidDeleteFilesNotification;
    } });
    Object.defineProperty(exports2, "WillDeleteFilesRequest", { enumerable: !0, get: function() {
      return protocol_fileOperations_1.WillDeleteFilesRequest;
    } });
    var protocol_moniker_1 = require_protocol_moniker();
    Object.defineProperty(exports2, "UniquenessLevel", { enumerable: !0, get: function() {
      return protocol_moniker_1.UniquenessLevel;
    } });
    Object.defineProperty(exports2, "MonikerKind", { enumerable: !0, get: function() {
      return protocol_moniker_1.MonikerKind;
    } });
    Object.defineProperty(exports2, "MonikerRequest", { enumerable: !0, get: function() {
      return protocol_moniker_1.MonikerRequest;
    } });
    var protocol_typeHierarchy_1 = require_protocol_typeHierarchy();
    Object.defineProperty(exports2, "TypeHierarchyPrepareRequest", { enumerable: !0, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchyPrepareRequest;
    } });
    Object.defineProperty(exports2, "TypeHierarchySubtypesRequest", { enumerable: !0, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchySubtypesRequest;
    } });
    Object.defineProperty(exports2, "TypeHierarchySupertypesRequest", { enumerable: !0, get: function() {
      return protocol_typeHierarchy_1.TypeHierarchySupertypesRequest;
    } });
    var protocol_inlineValue_1 = require_protocol_inlineValue();
    Object.defineProperty(exports2, "InlineValueRequest", { enumerable: !0, get: function() {
      return protocol_inlineValue_1.InlineValueRequest;
    } });
    Object.defineProperty(exports2, "InlineValueRefreshRequest", { enumerable: !0, get: function() {
      return protocol_inlineValue_1.InlineValueRefreshRequest;
    } });
    var protocol_inlayHint_1 = require_protocol_inlayHint();
    Object.defineProperty(exports2, "InlayHintRequest", { enumerable: !0, get: function() {
      return protocol_inlayHint_1.InlayHintRequest;
    } });
    Object.defineProperty(exports2, "InlayHintResolveRequest", { enumerable: !0, get: function() {
      return protocol_inlayHint_1.InlayHintResolveRequest;
    } });
    Object.defineProperty(exports2, "InlayHintRefreshRequest", { enumerable: !0, get: function() {
      return protocol_inlayHint_1.InlayHintRefreshRequest;
    } });
    var protocol_diagnostic_1 = require_protocol_diagnostic();
    Object.defineProperty(exports2, "DiagnosticServerCancellationData", { enumerable: !0, get: function() {
      return protocol_diagnostic_1.DiagnosticServerCancellationData;
    } });
    Object.defineProperty(exports2, "DocumentDiagnosticReportKind", { enumerable: !0, get: function() {
      return protocol_diagnostic_1.DocumentDiagnosticReportKind;
    } });
    Object.defineProperty(exports2, "DocumentDiagnosticRequest", { enumerable: !0, get: function() {
      return protocol_diagnostic_1.DocumentDiagnosticRequest;
    } });
    Object.defineProperty(exports2, "WorkspaceDiagnosticRequest", { enumerable: !0, get: function() {
      return protocol_diagnostic_1.WorkspaceDiagnosticRequest;
    } });
    Object.defineProperty(exports2, "DiagnosticRefreshRequest", { enumerable: !0, get: function() {
      return protocol_diagnostic_1.DiagnosticRefreshRequest;
    } });
    var protocol_notebook_1 = require_protocol_notebook();
    Object.defineProperty(exports2, "NotebookCellKind", { enumerable: !0, get: function() {
      return protocol_notebook_1.NotebookCellKind;
    } });
    Object.defineProperty(exports2, "ExecutionSummary", { enumerable: !0, get: function() {
      return protocol_notebook_1.ExecutionSummary;
    } });
    Object.defineProperty(exports2, "NotebookCell", { enumerable: !0, get: function() {
      return protocol_notebook_1.NotebookCell;
    } });
    Object.defineProperty(exports2, "NotebookDocument", { enumerable: !0, get: function() {
      return protocol_notebook_1.NotebookDocument;
    } });
    Object.defineProperty(exports2, "NotebookDocumentSyncRegistrationType", { enumerable: !0, get: function() {
      return protocol_notebook_1.NotebookDocumentSyncRegistrationType;
    } });
    Object.defineProperty(exports2, "DidOpenNotebookDocumentNotification", { enumerable: !0, get: function() {
      return protocol_notebook_1.DidOpenNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "NotebookCellArrayChange", { enumerable: !0, get: function() {
      return protocol_notebook_1.NotebookCellArrayChange;
    } });
    Object.defineProperty(exports2, "DidChangeNotebookDocumentNotification", { enumerable: !0, get: function() {
      return protocol_notebook_1.DidChangeNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "DidSaveNotebookDocumentNotification", { enumerable: !0, get: function() {
      return protocol_notebook_1.DidSaveNotebookDocumentNotification;
    } });
    Object.defineProperty(exports2, "DidCloseNotebookDocumentNotification", { enumerable: !0, get: function() {
      return protocol_notebook_1.DidCloseNotebookDocumentNotification;
    } });
    var protocol_inlineCompletion_1 = require_protocol_inlineCompletion();
    Object.defineProperty(exports2, "InlineCompletionRequest", { enumerable: !0, get: function() {
      return protocol_inlineCompletion_1.InlineCompletionRequest;
    } });
    var protocol_textDocumentContent_1 = require_protocol_textDocumentContent();
    Object.defineProperty(exports2, "TextDocumentContentRequest", { enumerable: !0, get: function() {
      return protocol_textDocumentContent_1.TextDocumentContentRequest;
    } });
    Object.defineProperty(exports2, "TextDocumentContentRefreshRequest", { enumerable: !0, get: function() {
      return protocol_textDocumentContent_1.TextDocumentContentRefreshRequest;
    } });
    var TextDocumentFilter;
    (function(TextDocumentFilter2) {
      function is(value) {
        let candidate = value;
        return Is2.string(candidate) || Is2.string(candidate.language) || Is2.string(candidate.scheme) || GlobPattern.is(candidate.pattern);
      }
      TextDocumentFilter2.is = is;
    })(TextDocumentFilter || (exports2.TextDocumentFilter = TextDocumentFilter = {}));
    var NotebookDocumentFilter;
    (function(NotebookDocumentFilter2) {
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && (Is2.string(candidate.notebookType) || Is2.string(candidate.scheme) || Is2.string(candidate.pattern));
      }
      NotebookDocumentFilter2.is = is;
    })(NotebookDocumentFilter || (exports2.NotebookDocumentFilter = NotebookDocumentFilter = {}));
    var NotebookCellTextDocumentFilter;
    (function(NotebookCellTextDocumentFilter2) {
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && (Is2.string(candidate.notebook) || NotebookDocumentFilter.is(candidate.notebook)) && (candidate.language === void 0 || Is2.string(candidate.language));
      }
      NotebookCellTextDocumentFilter2.is = is;
    })(NotebookCellTextDocumentFilter || (exports2.NotebookCellTextDocumentFilter = NotebookCellTextDocumentFilter = {}));
    var DocumentSelector;
    (function(DocumentSelector2) {
      function is(value) {
        if (!Array.isArray(value))
          return !1;
        for (let elem of value)
          if (!Is2.string(elem) && !TextDocumentFilter.is(elem) && !NotebookCellTextDocumentFilter.is(elem))
            return !1;
        return !0;
      }
      DocumentSelector2.is = is;
    })(DocumentSelector || (exports2.DocumentSelector = DocumentSelector = {}));
    var RegistrationRequest;
    (function(RegistrationRequest2) {
      RegistrationRequest2.method = "client/registerCapability", RegistrationRequest2.messageDirection = messages_1.MessageDirection.serverToClient, RegistrationRequest2.type = new messages_1.ProtocolRequestType(RegistrationRequest2.method);
    })(RegistrationRequest || (exports2.RegistrationRequest = RegistrationRequest = {}));
    var UnregistrationRequest;
    (function(UnregistrationRequest2) {
      UnregistrationRequest2.method = "client/unregisterCapability", UnregistrationRequest2.messageDirection = messages_1.MessageDirection.serverToClient, UnregistrationRequest2.type = new messages_1.ProtocolRequestType(UnregistrationRequest2.method);
    })(UnregistrationRequest || (exports2.UnregistrationRequest = UnregistrationRequest = {}));
    var ResourceOperationKind;
    (function(ResourceOperationKind2) {
      ResourceOperationKind2.Create = "create", ResourceOperationKind2.Rename = "rename", ResourceOperationKind2.Delete = "delete";
    })(ResourceOperationKind || (exports2.ResourceOperationKind = ResourceOperationKind = {}));
    var FailureHandlingKind;
    (function(FailureHandlingKind2) {
      FailureHandlingKind2.Abort = "abort", FailureHandlingKind2.Transactional = "transactional", FailureHandlingKind2.TextOnlyTransactional = "textOnlyTransactional", FailureHandlingKind2.Undo = "undo";
    })(FailureHandlingKind || (exports2.FailureHandlingKind = FailureHandlingKind = {}));
    var RegularExpressionEngineKind;
    (function(RegularExpressionEngineKind2) {
      RegularExpressionEngineKind2.ES2020 = "ES2020";
    })(RegularExpressionEngineKind || (exports2.RegularExpressionEngineKind = RegularExpressionEngineKind = {}));
    var PositionEncodingKind;
    (function(PositionEncodingKind2) {
      PositionEncodingKind2.UTF8 = "utf-8", PositionEncodingKind2.UTF16 = "utf-16", PositionEncodingKind2.UTF32 = "utf-32";
    })(PositionEncodingKind || (exports2.PositionEncodingKind = PositionEncodingKind = {}));
    var StaticRegistrationOptions;
    (function(StaticRegistrationOptions2) {
      function hasId(value) {
        let candidate = value;
        return candidate && Is2.string(candidate.id) && candidate.id.length > 0;
      }
      StaticRegistrationOptions2.hasId = hasId;
    })(StaticRegistrationOptions || (exports2.StaticRegistrationOptions = StaticRegistrationOptions = {}));
    var TextDocumentRegistrationOptions;
    (function(TextDocumentRegistrationOptions2) {
      function is(value) {
        let candidate = value;
        return candidate && (candidate.documentSelector === null || DocumentSelector.is(candidate.documentSelector));
      }
      TextDocumentRegistrationOptions2.is = is;
    })(TextDocumentRegistrationOptions || (exports2.TextDocumentRegistrationOptions = TextDocumentRegistrationOptions = {}));
    var WorkDoneProgressOptions;
    (function(WorkDoneProgressOptions2) {
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && (candidate.workDoneProgress === void 0 || Is2.boolean(candidate.workDoneProgress));
      }
      WorkDoneProgressOptions2.is = is;
      function hasWorkDoneProgress(value) {
        let candidate = value;
        return candidate && Is2.boolean(candidate.workDoneProgress);
      }
      WorkDoneProgressOptions2.hasWorkDoneProgress = hasWorkDoneProgress;
    })(WorkDoneProgressOptions || (exports2.WorkDoneProgressOptions = WorkDoneProgressOptions = {}));
    var InitializeRequest;
    (function(InitializeRequest2) {
      InitializeRequest2.method = "initialize", InitializeRequest2.messageDirection = messages_1.MessageDirection.clientToServer, InitializeRequest2.type = new messages_1.ProtocolRequestType(InitializeRequest2.method);
    })(InitializeRequest || (exports2.InitializeRequest = InitializeRequest = {}));
    var InitializeErrorCodes;
    (function(InitializeErrorCodes2) {
      InitializeErrorCodes2.unknownProtocolVersion = 1;
    })(InitializeErrorCodes || (exports2.InitializeErrorCodes = InitializeErrorCodes = {}));
    var InitializedNotification;
    (function(InitializedNotification2) {
      InitializedNotification2.method = "initialized", InitializedNotification2.messageDirection = messages_1.MessageDirection.clientToServer, InitializedNotification2.type = new messages_1.ProtocolNotificationType(InitializedNotification2.method);
    })(InitializedNotification || (exports2.InitializedNotification = InitializedNotification = {}));
    var ShutdownRequest;
    (function(ShutdownRequest2) {
      ShutdownRequest2.method = "shutdown", ShutdownRequest2.messageDirection = messages_1.MessageDirection.clientToServer, ShutdownRequest2.type = new messages_1.ProtocolRequestType0(ShutdownRequest2.method);
    })(ShutdownRequest || (exports2.ShutdownRequest = ShutdownRequest = {}));
    var ExitNotification;
    (function(ExitNotification2) {
      ExitNotification2.method = "exit", ExitNotification2.messageDirection = messages_1.MessageDirection.clientToServer, ExitNotification2.type = new messages_1.ProtocolNotificationType0(ExitNotification2.method);
    })(ExitNotification || (exports2.ExitNotification = ExitNotification = {}));
    var DidChangeConfigurationNotification;
    (function(DidChangeConfigurationNotification2) {
      DidChangeConfigurationNotification2.method = "workspace/didChangeConfiguration", DidChangeConfigurationNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidChangeConfigurationNotification2.type = new messages_1.ProtocolNotificationType(DidChangeConfigurationNotification2.method), DidChangeConfigurationNotification2.capabilities = messages_1.CM.create("workspace.didChangeConfiguration", void 0);
    })(DidChangeConfigurationNotification || (exports2.DidChangeConfigurationNotification = DidChangeConfigurationNotification = {}));
    var MessageType2;
    (function(MessageType3) {
      MessageType3.Error = 1, MessageType3.Warning = 2, MessageType3.Info = 3, MessageType3.Log = 4, MessageType3.Debug = 5;
    })(MessageType2 || (exports2.MessageType = MessageType2 = {}));
    var ShowMessageNotification2;
    (function(ShowMessageNotification3) {
      ShowMessageNotification3.method = "window/showMessage", ShowMessageNotification3.messageDirection = messages_1.MessageDirection.serverToClient, ShowMessageNotification3.type = new messages_1.ProtocolNotificationType(ShowMessageNotification3.method), ShowMessageNotification3.capabilities = messages_1.CM.create("window.showMessage", void 0);
    })(ShowMessageNotification2 || (exports2.ShowMessageNotification = ShowMessageNotification2 = {}));
    var ShowMessageRequest;
    (function(ShowMessageRequest2) {
      ShowMessageRequest2.method = "window/showMessageRequest", ShowMessageRequest2.messageDirection = messages_1.MessageDirection.serverToClient, ShowMessageRequest2.type = new messages_1.ProtocolRequestType(ShowMessageRequest2.method), ShowMessageRequest2.capabilities = messages_1.CM.create("window.showMessage", void 0);
    })(ShowMessageRequest || (exports2.ShowMessageRequest = ShowMessageRequest = {}));
    var LogMessageNotification2;
    (function(LogMessageNotification3) {
      LogMessageNotification3.method = "window/logMessage", LogMessageNotification3.messageDirection = messages_1.MessageDirection.serverToClient, LogMessageNotification3.type = new messages_1.ProtocolNotificationType(LogMessageNotification3.method);
    })(LogMessageNotification2 || (exports2.LogMessageNotification = LogMessageNotification2 = {}));
    var TelemetryEventNotification;
    (function(TelemetryEventNotification2) {
      TelemetryEventNotification2.method = "telemetry/event", TelemetryEventNotification2.messageDirection = messages_1.MessageDirection.serverToClient, TelemetryEventNotification2.type = new messages_1.ProtocolNotificationType(TelemetryEventNotification2.method);
    })(TelemetryEventNotification || (exports2.TelemetryEventNotification = TelemetryEventNotification = {}));
    var TextDocumentSyncKind2;
    (function(TextDocumentSyncKind3) {
      TextDocumentSyncKind3.None = 0, TextDocumentSyncKind3.Full = 1, TextDocumentSyncKind3.Incremental = 2;
    })(TextDocumentSyncKind2 || (exports2.TextDocumentSyncKind = TextDocumentSyncKind2 = {}));
    var DidOpenTextDocumentNotification;
    (function(DidOpenTextDocumentNotification2) {
      DidOpenTextDocumentNotification2.method = "textDocument/didOpen", DidOpenTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidOpenTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidOpenTextDocumentNotification2.method), DidOpenTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync.openClose");
    })(DidOpenTextDocumentNotification || (exports2.DidOpenTextDocumentNotification = DidOpenTextDocumentNotification = {}));
    var TextDocumentContentChangeEvent;
    (function(TextDocumentContentChangeEvent2) {
      function isIncremental(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength == "number");
      }
      TextDocumentContentChangeEvent2.isIncremental = isIncremental;
      function isFull(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
      TextDocumentContentChangeEvent2.isFull = isFull;
    })(TextDocumentContentChangeEvent || (exports2.TextDocumentContentChangeEvent = TextDocumentContentChangeEvent = {}));
    var DidChangeTextDocumentNotification;
    (function(DidChangeTextDocumentNotification2) {
      DidChangeTextDocumentNotification2.method = "textDocument/didChange", DidChangeTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidChangeTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidChangeTextDocumentNotification2.method), DidChangeTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync");
    })(DidChangeTextDocumentNotification || (exports2.DidChangeTextDocumentNotification = DidChangeTextDocumentNotification = {}));
    var DidCloseTextDocumentNotification;
    (function(DidCloseTextDocumentNotification2) {
      DidCloseTextDocumentNotification2.method = "textDocument/didClose", DidCloseTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidCloseTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidCloseTextDocumentNotification2.method), DidCloseTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization", "textDocumentSync.openClose");
    })(DidCloseTextDocumentNotification || (exports2.DidCloseTextDocumentNotification = DidCloseTextDocumentNotification = {}));
    var DidSaveTextDocumentNotification;
    (function(DidSaveTextDocumentNotification2) {
      DidSaveTextDocumentNotification2.method = "textDocument/didSave", DidSaveTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, DidSaveTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(DidSaveTextDocumentNotification2.method), DidSaveTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization.didSave", "textDocumentSync.save");
    })(DidSaveTextDocumentNotification || (exports2.DidSaveTextDocumentNotification = DidSaveTextDocumentNotification = {}));
    var TextDocumentSaveReason;
    (function(TextDocumentSaveReason2) {
      TextDocumentSaveReason2.Manual = 1, TextDocumentSaveReason2.AfterDelay = 2, TextDocumentSaveReason2.FocusOut = 3;
    })(TextDocumentSaveReason || (exports2.TextDocumentSaveReason = TextDocumentSaveReason = {}));
    var WillSaveTextDocumentNotification;
    (function(WillSaveTextDocumentNotification2) {
      WillSaveTextDocumentNotification2.method = "textDocument/willSave", WillSaveTextDocumentNotification2.messageDirection = messages_1.MessageDirection.clientToServer, WillSaveTextDocumentNotification2.type = new messages_1.ProtocolNotificationType(WillSaveTextDocumentNotification2.method), WillSaveTextDocumentNotification2.capabilities = messages_1.CM.create("textDocument.synchronization.willSave", "textDocumentSync.willSave");
    })(WillSaveTextDocumentNotification || (exports2.WillSaveTextDocumentNotification = WillSaveTextDocumentNotification = {}));
    var WillSaveTextDocumentWaitUntilRequest;
    (function(WillSaveTextDocumentWaitUntilRequest2) {
      WillSaveTextDocumentWaitUntilRequest2.method = "textDocument/willSaveWaitUntil", WillSaveTextDocumentWaitUntilRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WillSaveTextDocumentWaitUntilRequest2.type = new messages_1.ProtocolRequestType(WillSaveTextDocumentWaitUntilRequest2.method), WillSaveTextDocumentWaitUntilRequest2.capabilities = messages_1.CM.create("textDocument.synchronization.willSaveWaitUntil", "textDocumentSync.willSaveWaitUntil");
    })(WillSaveTextDocumentWaitUntilRequest || (exports2.WillSaveTextDocumentWaitUntilRequest = WillSaveTextDocumentWaitUntilRequest = {}));
    var DidChangeWatchedFilesNotification2;
    (function(DidChangeWatchedFilesNotification3) {
      DidChangeWatchedFilesNotification3.method = "workspace/didChangeWatchedFiles", DidChangeWatchedFilesNotification3.messageDirection = messages_1.MessageDirection.clientToServer, DidChangeWatchedFilesNotification3.type = new messages_1.ProtocolNotificationType(DidChangeWatchedFilesNotification3.method), DidChangeWatchedFilesNotification3.capabilities = messages_1.CM.create("workspace.didChangeWatchedFiles", void 0);
    })(DidChangeWatchedFilesNotification2 || (exports2.DidChangeWatchedFilesNotification = DidChangeWatchedFilesNotification2 = {}));
    var FileChangeType;
    (function(FileChangeType2) {
      FileChangeType2.Created = 1, FileChangeType2.Changed = 2, FileChangeType2.Deleted = 3;
    })(FileChangeType || (exports2.FileChangeType = FileChangeType = {}));
    var RelativePattern;
    (function(RelativePattern2) {
      function is(value) {
        let candidate = value;
        return Is2.objectLiteral(candidate) && (vscode_languageserver_types_1.URI.is(candidate.baseUri) || vscode_languageserver_types_1.WorkspaceFolder.is(candidate.baseUri)) && Is2.string(candidate.pattern);
      }
      RelativePattern2.is = is;
    })(RelativePattern || (exports2.RelativePattern = RelativePattern = {}));
    var GlobPattern;
    (function(GlobPattern2) {
      function is(value) {
        let candidate = value;
        return Is2.string(candidate) || RelativePattern.is(candidate);
      }
      GlobPattern2.is = is;
    })(GlobPattern || (exports2.GlobPattern = GlobPattern = {}));
    var WatchKind;
    (function(WatchKind2) {
      WatchKind2.Create = 1, WatchKind2.Change = 2, WatchKind2.Delete = 4;
    })(WatchKind || (exports2.WatchKind = WatchKind = {}));
    var PublishDiagnosticsNotification;
    (function(PublishDiagnosticsNotification2) {
      PublishDiagnosticsNotification2.method = "textDocument/publishDiagnostics", PublishDiagnosticsNotification2.messageDirection = messages_1.MessageDirection.serverToClient, PublishDiagnosticsNotification2.type = new messages_1.ProtocolNotificationType(PublishDiagnosticsNotification2.method), PublishDiagnosticsNotification2.capabilities = messages_1.CM.create("textDocument.publishDiagnostics", void 0);
    })(PublishDiagnosticsNotification || (exports2.PublishDiagnosticsNotification = PublishDiagnosticsNotification = {}));
    var CompletionTriggerKind;
    (function(CompletionTriggerKind2) {
      CompletionTriggerKind2.Invoked = 1, CompletionTriggerKind2.TriggerCharacter = 2, CompletionTriggerKind2.TriggerForIncompleteCompletions = 3;
    })(CompletionTriggerKind || (exports2.CompletionTriggerKind = CompletionTriggerKind = {}));
    var CompletionRequest;
    (function(CompletionRequest2) {
      CompletionRequest2.method = "textDocument/completion", CompletionRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CompletionRequest2.type = new messages_1.ProtocolRequestType(CompletionRequest2.method), CompletionRequest2.capabilities = messages_1.CM.create("textDocument.completion", "completionProvider");
    })(CompletionRequest || (exports2.CompletionRequest = CompletionRequest = {}));
    var CompletionResolveRequest;
    (function(CompletionResolveRequest2) {
      CompletionResolveRequest2.method = "completionItem/resolve", CompletionResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CompletionResolveRequest2.type = new messages_1.ProtocolRequestType(CompletionResolveRequest2.method), CompletionResolveRequest2.capabilities = messages_1.CM.create("textDocument.completion.completionItem.resolveSupport", "completionProvider.resolveProvider");
    })(CompletionResolveRequest || (exports2.CompletionResolveRequest = CompletionResolveRequest = {}));
    var HoverRequest;
    (function(HoverRequest2) {
      HoverRequest2.method = "textDocument/hover", HoverRequest2.messageDirection = messages_1.MessageDirection.clientToServer, HoverRequest2.type = new messages_1.ProtocolRequestType(HoverRequest2.method), HoverRequest2.capabilities = messages_1.CM.create("textDocument.hover", "hoverProvider");
    })(HoverRequest || (exports2.HoverRequest = HoverRequest = {}));
    var SignatureHelpTriggerKind;
    (function(SignatureHelpTriggerKind2) {
      SignatureHelpTriggerKind2.Invoked = 1, SignatureHelpTriggerKind2.TriggerCharacter = 2, SignatureHelpTriggerKind2.ContentChange = 3;
    })(SignatureHelpTriggerKind || (exports2.SignatureHelpTriggerKind = SignatureHelpTriggerKind = {}));
    var SignatureHelpRequest;
    (function(SignatureHelpRequest2) {
      SignatureHelpRequest2.method = "textDocument/signatureHelp", SignatureHelpRequest2.messageDirection = messages_1.MessageDirection.clientToServer, SignatureHelpRequest2.type = new messages_1.ProtocolRequestType(SignatureHelpRequest2.method), SignatureHelpRequest2.capabilities = messages_1.CM.create("textDocument.signatureHelp", "signatureHelpProvider");
    })(SignatureHelpRequest || (exports2.SignatureHelpRequest = SignatureHelpRequest = {}));
    var DefinitionRequest;
    (function(DefinitionRequest2) {
      DefinitionRequest2.method = "textDocument/definition", DefinitionRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DefinitionRequest2.type = new messages_1.ProtocolRequestType(DefinitionRequest2.method), DefinitionRequest2.capabilities = messages_1.CM.create("textDocument.definition", "definitionProvider");
    })(DefinitionRequest || (exports2.DefinitionRequest = DefinitionRequest = {}));
    var ReferencesRequest;
    (function(ReferencesRequest2) {
      ReferencesRequest2.method = "textDocument/references", ReferencesRequest2.messageDirection = messages_1.MessageDirection.clientToServer, ReferencesRequest2.type = new messages_1.ProtocolRequestType(ReferencesRequest2.method), ReferencesRequest2.capabilities = messages_1.CM.create("textDocument.references", "referencesProvider");
    })(ReferencesRequest || (exports2.ReferencesRequest = ReferencesRequest = {}));
    var DocumentHighlightRequest;
    (function(DocumentHighlightRequest2) {
      DocumentHighlightRequest2.method = "textDocument/documentHighlight", DocumentHighlightRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentHighlightRequest2.type = new messages_1.ProtocolRequestType(DocumentHighlightRequest2.method), DocumentHighlightRequest2.capabilities = messages_1.CM.create("textDocument.documentHighlight", "documentHighlightProvider");
    })(DocumentHighlightRequest || (exports2.DocumentHighlightRequest = DocumentHighlightRequest = {}));
    var DocumentSymbolRequest;
    (function(DocumentSymbolRequest2) {
      DocumentSymbolRequest2.method = "textDocument/documentSymbol", DocumentSymbolRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentSymbolRequest2.type = new messages_1.ProtocolRequestType(DocumentSymbolRequest2.method), DocumentSymbolRequest2.capabilities = messages_1.CM.create("textDocument.documentSymbol", "documentSymbolProvider");
    })(DocumentSymbolRequest || (exports2.DocumentSymbolRequest = DocumentSymbolRequest = {}));
    var CodeActionRequest;
    (function(CodeActionRequest2) {
      CodeActionRequest2.method = "textDocument/codeAction", CodeActionRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CodeActionRequest2.type = new messages_1.ProtocolRequestType(CodeActionRequest2.method), CodeActionRequest2.capabilities = messages_1.CM.create("textDocument.codeAction", "codeActionProvider");
    })(CodeActionRequest || (exports2.CodeActionRequest = CodeActionRequest = {}));
    var CodeActionResolveRequest;
    (function(CodeActionResolveRequest2) {
      CodeActionResolveRequest2.method = "codeAction/resolve", CodeActionResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CodeActionResolveRequest2.type = new messages_1.ProtocolRequestType(CodeActionResolveRequest2.method), CodeActionResolveRequest2.capabilities = messages_1.CM.create("textDocument.codeAction.resolveSupport", "codeActionProvider.resolveProvider");
    })(CodeActionResolveRequest || (exports2.CodeActionResolveRequest = CodeActionResolveRequest = {}));
    var WorkspaceSymbolRequest;
    (function(WorkspaceSymbolRequest2) {
      WorkspaceSymbolRequest2.method = "workspace/symbol", WorkspaceSymbolRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WorkspaceSymbolRequest2.type = new messages_1.ProtocolRequestType(WorkspaceSymbolRequest2.method), WorkspaceSymbolRequest2.capabilities = messages_1.CM.create("workspace.symbol", "workspaceSymbolProvider");
    })(WorkspaceSymbolRequest || (exports2.WorkspaceSymbolRequest = WorkspaceSymbolRequest = {}));
    var WorkspaceSymbolResolveRequest;
    (function(WorkspaceSymbolResolveRequest2) {
      WorkspaceSymbolResolveRequest2.method = "workspaceSymbol/resolve", WorkspaceSymbolResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, WorkspaceSymbolResolveRequest2.type = new messages_1.ProtocolRequestType(WorkspaceSymbolResolveRequest2.method), WorkspaceSymbolResolveRequest2.capabilities = messages_1.CM.create("workspace.symbol.resolveSupport", "workspaceSymbolProvider.resolveProvider");
    })(WorkspaceSymbolResolveRequest || (exports2.WorkspaceSymbolResolveRequest = WorkspaceSymbolResolveRequest = {}));
    var CodeLensRequest;
    (function(CodeLensRequest2) {
      CodeLensRequest2.method = "textDocument/codeLens", CodeLensRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CodeLensRequest2.type = new messages_1.ProtocolRequestType(CodeLensRequest2.method), CodeLensRequest2.capabilities = messages_1.CM.create("textDocument.codeLens", "codeLensProvider");
    })(CodeLensRequest || (exports2.CodeLensRequest = CodeLensRequest = {}));
    var CodeLensResolveRequest;
    (function(CodeLensResolveRequest2) {
      CodeLensResolveRequest2.method = "codeLens/resolve", CodeLensResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, CodeLensResolveRequest2.type = new messages_1.ProtocolRequestType(CodeLensResolveRequest2.method), CodeLensResolveRequest2.capabilities = messages_1.CM.create("textDocument.codeLens.resolveSupport", "codeLensProvider.resolveProvider");
    })(CodeLensResolveRequest || (exports2.CodeLensResolveRequest = CodeLensResolveRequest = {}));
    var CodeLensRefreshRequest;
    (function(CodeLensRefreshRequest2) {
      CodeLensRefreshRequest2.method = "workspace/codeLens/refresh", CodeLensRefreshRequest2.messageDirection = messages_1.MessageDirection.serverToClient, CodeLensRefreshRequest2.type = new messages_1.ProtocolRequestType0(CodeLensRefreshRequest2.method), CodeLensRefreshRequest2.capabilities = messages_1.CM.create("workspace.codeLens", void 0);
    })(CodeLensRefreshRequest || (exports2.CodeLensRefreshRequest = CodeLensRefreshRequest = {}));
    var DocumentLinkRequest;
    (function(DocumentLinkRequest2) {
      DocumentLinkRequest2.method = "textDocument/documentLink", DocumentLinkRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentLinkRequest2.type = new messages_1.ProtocolRequestType(DocumentLinkRequest2.method), DocumentLinkRequest2.capabilities = messages_1.CM.create("textDocument.documentLink", "documentLinkProvider");
    })(DocumentLinkRequest || (exports2.DocumentLinkRequest = DocumentLinkRequest = {}));
    var DocumentLinkResolveRequest;
    (function(DocumentLinkResolveRequest2) {
      DocumentLinkResolveRequest2.method = "documentLink/resolve", DocumentLinkResolveRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentLinkResolveRequest2.type = new messages_1.ProtocolRequestType(DocumentLinkResolveRequest2.method), DocumentLinkResolveRequest2.capabilities = messages_1.CM.create("textDocument.documentLink", "documentLinkProvider.resolveProvider");
    })(DocumentLinkResolveRequest || (exports2.DocumentLinkResolveRequest = DocumentLinkResolveRequest = {}));
    var DocumentFormattingRequest;
    (function(DocumentFormattingRequest2) {
      DocumentFormattingRequest2.method = "textDocument/formatting", DocumentFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentFormattingRequest2.method), DocumentFormattingRequest2.capabilities = messages_1.CM.create("textDocument.formatting", "documentFormattingProvider");
    })(DocumentFormattingRequest || (exports2.DocumentFormattingRequest = DocumentFormattingRequest = {}));
    var DocumentRangeFormattingRequest;
    (function(DocumentRangeFormattingRequest2) {
      DocumentRangeFormattingRequest2.method = "textDocument/rangeFormatting", DocumentRangeFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentRangeFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentRangeFormattingRequest2.method), DocumentRangeFormattingRequest2.capabilities = messages_1.CM.create("textDocument.rangeFormatting", "documentRangeFormattingProvider");
    })(DocumentRangeFormattingRequest || (exports2.DocumentRangeFormattingRequest = DocumentRangeFormattingRequest = {}));
    var DocumentRangesFormattingRequest;
    (function(DocumentRangesFormattingRequest2) {
      DocumentRangesFormattingRequest2.method = "textDocument/rangesFormatting", DocumentRangesFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentRangesFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentRangesFormattingRequest2.method), DocumentRangesFormattingRequest2.capabilities = messages_1.CM.create("textDocument.rangeFormatting.rangesSupport", "documentRangeFormattingProvider.rangesSupport");
    })(DocumentRangesFormattingRequest || (exports2.DocumentRangesFormattingRequest = DocumentRangesFormattingRequest = {}));
    var DocumentOnTypeFormattingRequest;
    (function(DocumentOnTypeFormattingRequest2) {
      DocumentOnTypeFormattingRequest2.method = "textDocument/onTypeFormatting", DocumentOnTypeFormattingRequest2.messageDirection = messages_1.MessageDirection.clientToServer, DocumentOnTypeFormattingRequest2.type = new messages_1.ProtocolRequestType(DocumentOnTypeFormattingRequest2.method), DocumentOnTypeFormattingRequest2.capabilities = messages_1.CM.create("textDocument.onTypeFormatting", "documentOnTypeFormattingProvider");
    })(DocumentOnTypeFormattingRequest || (exports2.DocumentOnTypeFormattingRequest = DocumentOnTypeFormattingRequest = {}));
    var PrepareSupportDefaultBehavior;
    (function(PrepareSupportDefaultBehavior2) {
      PrepareSupportDefaultBehavior2.Identifier = 1;
    })(PrepareSupportDefaultBehavior || (exports2.PrepareSupportDefaultBehavior = PrepareSupportDefaultBehavior = {}));
    var RenameRequest;
    (function(RenameRequest2) {
      RenameRequest2.method = "textDocument/rename", RenameRequest2.messageDirection = messages_1.MessageDirection.clientToServer, RenameRequest2.type = new messages_1.ProtocolRequestType(RenameRequest2.method), RenameRequest2.capabilities = messages_1.CM.create("textDocument.rename", "renameProvider");
    })(RenameRequest || (exports2.RenameRequest = RenameRequest = {}));
    var PrepareRenameRequest;
    (function(PrepareRenameRequest2) {
      PrepareRenameRequest2.method = "textDocument/prepareRename", PrepareRenameRequest2.messageDirection = messages_1.MessageDirection.clientToServer, PrepareRenameRequest2.type = new messages_1.ProtocolRequestType(PrepareRenameRequest2.method), PrepareRenameRequest2.capabilities = messages_1.CM.create("textDocument.rename.prepareSupport", "renameProvider.prepareProvider");
    })(PrepareRenameRequest || (exports2.PrepareRenameRequest = PrepareRenameRequest = {}));
    var ExecuteCommandRequest;
    (function(ExecuteCommandRequest2) {
      ExecuteCommandRequest2.method = "workspace/executeCommand", ExecuteCommandRequest2.messageDirection = messages_1.MessageDirection.clientToServer, ExecuteCommandRequest2.type = new messages_1.ProtocolRequestType(ExecuteCommandRequest2.method), ExecuteCommandRequest2.capabilities = messages_1.CM.create("workspace.executeCommand", "executeCommandProvider");
    })(ExecuteCommandRequest || (exports2.ExecuteCommandRequest = ExecuteCommandRequest = {}));
    var ApplyWorkspaceEditRequest;
    (function(ApplyWorkspaceEditRequest2) {
      ApplyWorkspaceEditRequest2.method = "workspace/applyEdit", ApplyWorkspaceEditRequest2.messageDirection = messages_1.MessageDirection.serverToClient, ApplyWorkspaceEditRequest2.type = new messages_1.ProtocolRequestType("workspace/applyEdit"), ApplyWorkspaceEditRequest2.capabilities = messages_1.CM.create("workspace.applyEdit", void 0);
    })(ApplyWorkspaceEditRequest || (exports2.ApplyWorkspaceEditRequest = ApplyWorkspaceEditRequest = {}));
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/connection.js
var require_connection2 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/connection.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createProtocolConnection = createProtocolConnection;
    var vscode_jsonrpc_1 = require_api();
    function createProtocolConnection(input, output, logger, options) {
      return vscode_jsonrpc_1.ConnectionStrategy.is(options) && (options = { connectionStrategy: options }), (0, vscode_jsonrpc_1.createMessageConnection)(input, output, logger, options);
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/api.js
var require_api2 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/common/api.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.LSPErrorCodes = exports2.createProtocolConnection = void 0;
    __exportStar(require_api(), exports2);
    __exportStar((init_main(), __toCommonJS(main_exports)), exports2);
    __exportStar(require_messages2(), exports2);
    __exportStar(require_protocol(), exports2);
    var connection_1 = require_connection2();
    Object.defineProperty(exports2, "createProtocolConnection", { enumerable: !0, get: function() {
      return connection_1.createProtocolConnection;
    } });
    var LSPErrorCodes2;
    (function(LSPErrorCodes3) {
      LSPErrorCodes3.lspReservedErrorRangeStart = -32899, LSPErrorCodes3.RequestFailed = -32803, LSPErrorCodes3.ServerCancelled = -32802, LSPErrorCodes3.ContentModified = -32801, LSPErrorCodes3.RequestCancelled = -32800, LSPErrorCodes3.lspReservedErrorRangeEnd = -32800;
    })(LSPErrorCodes2 || (exports2.LSPErrorCodes = LSPErrorCodes2 = {}));
  }
});

// node_modules/vscode-languageserver/lib/common/utils/uuid.js
var require_uuid = __commonJS({
  "node_modules/vscode-languageserver/lib/common/utils/uuid.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.empty = void 0;
    exports2.v4 = v4;
    exports2.isUUID = isUUID;
    exports2.parse = parse;
    exports2.generateUuid = generateUuid;
    var ValueUUID = class {
      _value;
      constructor(_value) {
        this._value = _value;
      }
      asHex() {
        return this._value;
      }
      equals(other2) {
        return this.asHex() === other2.asHex();
      }
    }, V4UUID = class _V4UUID extends ValueUUID {
      static _chars = ["0", "1", "2", "3", "4", "5", "6", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"];
      static _timeHighBits = ["8", "9", "a", "b"];
      static _oneOf(array) {
        return array[Math.floor(array.length * Math.random())];
      }
      static _randomHex() {
        return _V4UUID._oneOf(_V4UUID._chars);
      }
      constructor() {
        super([
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          "4",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._oneOf(_V4UUID._timeHighBits),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          "-",
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex(),
          _V4UUID._randomHex()
        ].join(""));
      }
    };
    exports2.empty = new ValueUUID("00000000-0000-0000-0000-000000000000");
    function v4() {
      return new V4UUID();
    }
    var _UUIDPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    function isUUID(value) {
      return _UUIDPattern.test(value);
    }
    function parse(value) {
      if (!isUUID(value))
        throw new Error("invalid uuid");
      return new ValueUUID(value);
    }
    function generateUuid() {
      return v4().asHex();
    }
  }
});

// node_modules/vscode-languageserver/lib/common/progress.js
var require_progress = __commonJS({
  "node_modules/vscode-languageserver/lib/common/progress.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ProgressFeature = exports2.WorkDoneProgressReporter = void 0;
    exports2.attachWorkDone = attachWorkDone;
    exports2.attachPartialResult = attachPartialResult;
    var vscode_languageserver_protocol_1 = require_api2(), uuid_1 = require_uuid(), WorkDoneProgressReporter;
    (function(WorkDoneProgressReporter2) {
      function isNullInstance(reporter) {
        return reporter instanceof NullProgressReporter;
      }
      WorkDoneProgressReporter2.isNullInstance = isNullInstance;
    })(WorkDoneProgressReporter || (exports2.WorkDoneProgressReporter = WorkDoneProgressReporter = {}));
    var WorkDoneProgressReporterImpl = class _WorkDoneProgressReporterImpl {
      _connection;
      _token;
      static Instances = /* @__PURE__ */ new Map();
      constructor(_connection, _token) {
        this._connection = _connection, this._token = _token, _WorkDoneProgressReporterImpl.Instances.set(this._token, this);
      }
      begin(title, percentage, message2, cancellable) {
        let param = {
          kind: "begin",
          title,
          message: message2,
          cancellable
        };
        typeof percentage == "number" && (param.percentage = Math.round(percentage)), this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, param);
      }
      report(arg0, arg1) {
        let param = {
          kind: "report"
        };
        typeof arg0 == "number" ? (param.percentage = Math.round(arg0), arg1 !== void 0 && (param.message = arg1)) : param.message = arg0, this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, param);
      }
      done() {
        _WorkDoneProgressReporterImpl.Instances.delete(this._token), this._connection.sendProgress(vscode_languageserver_protocol_1.WorkDoneProgress.type, this._token, { kind: "end" });
      }
    }, WorkDoneProgressServerReporterImpl = class extends WorkDoneProgressReporterImpl {
      _source;
      constructor(connection, token) {
        super(connection, token), this._source = new vscode_languageserver_protocol_1.CancellationTokenSource();
      }
      get token() {
        return this._source.token;
      }
      done() {
        this._source.dispose(), super.done();
      }
      cancel() {
        this._source.cancel();
      }
    }, NullProgressReporter = class {
      constructor() {
      }
      begin() {
      }
      report() {
      }
      done() {
      }
    }, NullProgressServerReporter = class extends NullProgressReporter {
      _source;
      constructor() {
        super(), this._source = new vscode_languageserver_protocol_1.CancellationTokenSource();
      }
      get token() {
        return this._source.token;
      }
      done() {
        this._source.dispose();
      }
      cancel() {
        this._source.cancel();
      }
    };
    function attachWorkDone(connection, params) {
      if (params === void 0 || params.workDoneToken === void 0)
        return new NullProgressReporter();
      let token = params.workDoneToken;
      return delete params.workDoneToken, new WorkDoneProgressReporterImpl(connection, token);
    }
    var ProgressFeature = (Base) => class extends Base {
      _progressSupported;
      constructor() {
        super(), this._progressSupported = !1;
      }
      initialize(capabilities) {
        super.initialize(capabilities), capabilities?.window?.workDoneProgress === !0 && (this._progressSupported = !0, this.connection.onNotification(vscode_languageserver_protocol_1.WorkDoneProgressCancelNotification.type, (params) => {
          let progress = WorkDoneProgressReporterImpl.Instances.get(params.token);
          (progress instanceof WorkDoneProgressServerReporterImpl || progress instanceof NullProgressServerReporter) && progress.cancel();
        }));
      }
      attachWorkDoneProgress(token) {
        return token === void 0 ? new NullProgressReporter() : new WorkDoneProgressReporterImpl(this.connection, token);
      }
      createWorkDoneProgress() {
        if (this._progressSupported) {
          let token = (0, uuid_1.generateUuid)();
          return this.connection.sendRequest(vscode_languageserver_protocol_1.WorkDoneProgressCreateRequest.type, { token }).then(() => new WorkDoneProgressServerReporterImpl(this.connection, token));
        } else
          return Promise.resolve(new NullProgressServerReporter());
      }
    };
    exports2.ProgressFeature = ProgressFeature;
    var ResultProgress;
    (function(ResultProgress2) {
      ResultProgress2.type = new vscode_languageserver_protocol_1.ProgressType();
    })(ResultProgress || (ResultProgress = {}));
    var ResultProgressReporterImpl = class {
      _connection;
      _token;
      constructor(_connection, _token) {
        this._connection = _connection, this._token = _token;
      }
      report(data) {
        this._connection.sendProgress(ResultProgress.type, this._token, data);
      }
    };
    function attachPartialResult(connection, params) {
      if (params === void 0 || params.partialResultToken === void 0)
        return;
      let token = params.partialResultToken;
      return delete params.partialResultToken, new ResultProgressReporterImpl(connection, token);
    }
  }
});

// node_modules/vscode-languageserver/lib/common/configuration.js
var require_configuration = __commonJS({
  "node_modules/vscode-languageserver/lib/common/configuration.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ConfigurationFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), Is2 = __importStar(require_is()), ConfigurationFeature = (Base) => class extends Base {
      getConfiguration(arg) {
        return arg ? Is2.string(arg) ? this._getConfiguration({ section: arg }) : this._getConfiguration(arg) : this._getConfiguration({});
      }
      _getConfiguration(arg) {
        let params = {
          items: Array.isArray(arg) ? arg : [arg]
        };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ConfigurationRequest.type, params).then((result2) => Array.isArray(result2) ? Array.isArray(arg) ? result2 : result2[0] : Array.isArray(arg) ? [] : null);
      }
    };
    exports2.ConfigurationFeature = ConfigurationFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/workspaceFolder.js
var require_workspaceFolder = __commonJS({
  "node_modules/vscode-languageserver/lib/common/workspaceFolder.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.WorkspaceFoldersFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), WorkspaceFoldersFeature = (Base) => class extends Base {
      _onDidChangeWorkspaceFolders;
      _unregistration;
      _notificationIsAutoRegistered;
      constructor() {
        super(), this._notificationIsAutoRegistered = !1;
      }
      initialize(capabilities) {
        super.initialize(capabilities);
        let workspaceCapabilities = capabilities.workspace;
        workspaceCapabilities && workspaceCapabilities.workspaceFolders && (this._onDidChangeWorkspaceFolders = new vscode_languageserver_protocol_1.Emitter(), this.connection.onNotification(vscode_languageserver_protocol_1.DidChangeWorkspaceFoldersNotification.type, (params) => {
          this._onDidChangeWorkspaceFolders.fire(params.event);
        }));
      }
      fillServerCapabilities(capabilities) {
        super.fillServerCapabilities(capabilities);
        let changeNotifications = capabilities.workspace?.workspaceFolders?.changeNotifications;
        this._notificationIsAutoRegistered = changeNotifications === !0 || typeof changeNotifications == "string";
      }
      getWorkspaceFolders() {
        return this.connection.sendRequest(vscode_languageserver_protocol_1.WorkspaceFoldersRequest.type);
      }
      get onDidChangeWorkspaceFolders() {
        if (!this._onDidChangeWorkspaceFolders)
          throw new Error("Client doesn't support sending workspace folder change events.");
        return !this._notificationIsAutoRegistered && !this._unregistration && (this._unregistration = this.connection.client.register(vscode_languageserver_protocol_1.DidChangeWorkspaceFoldersNotification.type)), this._onDidChangeWorkspaceFolders.event;
      }
    };
    exports2.WorkspaceFoldersFeature = WorkspaceFoldersFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/callHierarchy.js
var require_callHierarchy = __commonJS({
  "node_modules/vscode-languageserver/lib/common/callHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.CallHierarchyFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), CallHierarchyFeature = (Base) => class extends Base {
      get callHierarchy() {
        return {
          onPrepare: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.CallHierarchyPrepareRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), void 0)),
          onIncomingCalls: (handler) => {
            let type = vscode_languageserver_protocol_1.CallHierarchyIncomingCallsRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          },
          onOutgoingCalls: (handler) => {
            let type = vscode_languageserver_protocol_1.CallHierarchyOutgoingCallsRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          }
        };
      }
    };
    exports2.CallHierarchyFeature = CallHierarchyFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/semanticTokens.js
var require_semanticTokens = __commonJS({
  "node_modules/vscode-languageserver/lib/common/semanticTokens.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.SemanticTokensBuilder = exports2.SemanticTokensDiff = exports2.SemanticTokensFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), SemanticTokensFeature = (Base) => class extends Base {
      get semanticTokens() {
        return {
          refresh: () => this.connection.sendRequest(vscode_languageserver_protocol_1.SemanticTokensRefreshRequest.type),
          on: (handler) => {
            let type = vscode_languageserver_protocol_1.SemanticTokensRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          },
          onDelta: (handler) => {
            let type = vscode_languageserver_protocol_1.SemanticTokensDeltaRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          },
          onRange: (handler) => {
            let type = vscode_languageserver_protocol_1.SemanticTokensRangeRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          }
        };
      }
    };
    exports2.SemanticTokensFeature = SemanticTokensFeature;
    var SemanticTokensDiff = class {
      originalSequence;
      modifiedSequence;
      constructor(originalSequence, modifiedSequence) {
        this.originalSequence = originalSequence, this.modifiedSequence = modifiedSequence;
      }
      computeDiff() {
        let originalLength = this.originalSequence.length, modifiedLength = this.modifiedSequence.length, startIndex = 0;
        for (; startIndex < modifiedLength && startIndex < originalLength && this.originalSequence[startIndex] === this.modifiedSequence[startIndex]; )
          startIndex++;
        if (startIndex < modifiedLength && startIndex < originalLength) {
          let originalEndIndex = originalLength - 1, modifiedEndIndex = modifiedLength - 1;
          for (; originalEndIndex >= startIndex && modifiedEndIndex >= startIndex && this.originalSequence[originalEndIndex] === this.modifiedSequence[modifiedEndIndex]; )
            originalEndIndex--, modifiedEndIndex--;
          (originalEndIndex < startIndex || modifiedEndIndex < startIndex) && (originalEndIndex++, modifiedEndIndex++);
          let deleteCount = originalEndIndex - startIndex + 1, newData = this.modifiedSequence.slice(startIndex, modifiedEndIndex + 1);
          return newData.length === 1 && newData[0] === this.originalSequence[originalEndIndex] ? [
            { start: startIndex, deleteCount: deleteCount - 1 }
          ] : [
            { start: startIndex, deleteCount, data: newData }
          ];
        } else return startIndex < modifiedLength ? [
          { start: startIndex, deleteCount: 0, data: this.modifiedSequence.slice(startIndex) }
        ] : startIndex < originalLength ? [
          { start: startIndex, deleteCount: originalLength - startIndex }
        ] : [];
      }
    };
    exports2.SemanticTokensDiff = SemanticTokensDiff;
    var SemanticTokensBuilder = class _SemanticTokensBuilder {
      _id;
      _prevLine;
      _prevChar;
      _dataIsSortedAndDeltaEncoded;
      _data;
      _dataNonDelta;
      _dataLen;
      _prevData;
      constructor() {
        this._prevData = void 0, this.initialize();
      }
      initialize() {
        this._id = Date.now(), this._prevLine = 0, this._prevChar = 0, this._data = [], this._dataNonDelta = [], this._dataLen = 0, this._dataIsSortedAndDeltaEncoded = !0;
      }
      push(line, char, length, tokenType, tokenModifiers) {
        this._dataIsSortedAndDeltaEncoded && (line < this._prevLine || line === this._prevLine && char < this._prevChar) && (this._dataIsSortedAndDeltaEncoded = !1, this._dataNonDelta = _SemanticTokensBuilder._deltaDecode(this._data));
        let pushLine = line, pushChar = char;
        this._dataIsSortedAndDeltaEncoded && this._dataLen > 0 && (pushLine -= this._prevLine, pushLine === 0 && (pushChar -= this._prevChar));
        let dataSource = this._dataIsSortedAndDeltaEncoded ? this._data : this._dataNonDelta;
        dataSource[this._dataLen++] = pushLine, dataSource[this._dataLen++] = pushChar, dataSource[this._dataLen++] = length, dataSource[this._dataLen++] = tokenType, dataSource[this._dataLen++] = tokenModifiers, this._prevLine = line, this._prevChar = char;
      }
      get id() {
        return this._id.toString();
      }
      static _deltaDecode(data) {
        let tokenCount = data.length / 5 | 0, prevLine = 0, prevChar = 0, result2 = [];
        for (let i = 0; i < tokenCount; i++) {
          let dstOffset = 5 * i, line = data[dstOffset], char = data[dstOffset + 1];
          line === 0 ? (line = prevLine, char += prevChar) : line += prevLine;
          let length = data[dstOffset + 2], tokenType = data[dstOffset + 3], tokenModifiers = data[dstOffset + 4];
          result2[dstOffset + 0] = line, result2[dstOffset + 1] = char, result2[dstOffset + 2] = length, result2[dstOffset + 3] = tokenType, result2[dstOffset + 4] = tokenModifiers, prevLine = line, prevChar = char;
        }
        return result2;
      }
      static _sortAndDeltaEncode(data) {
        let pos = [], tokenCount = data.length / 5 | 0;
        for (let i = 0; i < tokenCount; i++)
          pos[i] = i;
        pos.sort((a, b) => {
          let aLine = data[5 * a], bLine = data[5 * b];
          if (aLine === bLine) {
            let aChar = data[5 * a + 1], bChar = data[5 * b + 1];
            return aChar - bChar;
          }
          return aLine - bLine;
        });
        let result2 = [], prevLine = 0, prevChar = 0;
        for (let i = 0; i < tokenCount; i++) {
          let srcOffset = 5 * pos[i], line = data[srcOffset + 0], char = data[srcOffset + 1], length = data[srcOffset + 2], tokenType = data[srcOffset + 3], tokenModifiers = data[srcOffset + 4], pushLine = line - prevLine, pushChar = pushLine === 0 ? char - prevChar : char, dstOffset = 5 * i;
          result2[dstOffset + 0] = pushLine, result2[dstOffset + 1] = pushChar, result2[dstOffset + 2] = length, result2[dstOffset + 3] = tokenType, result2[dstOffset + 4] = tokenModifiers, prevLine = line, prevChar = char;
        }
        return result2;
      }
      getFinalDataDelta() {
        return this._dataIsSortedAndDeltaEncoded ? this._data : _SemanticTokensBuilder._sortAndDeltaEncode(this._dataNonDelta);
      }
      previousResult(id) {
        this.id === id ? this._prevData = this.getFinalDataDelta() : this._prevData = void 0, this.initialize();
      }
      build() {
        return this._prevData = void 0, {
          resultId: this.id,
          data: this.getFinalDataDelta()
        };
      }
      canBuildEdits() {
        return this._prevData !== void 0;
      }
      buildEdits() {
        return this._prevData !== void 0 ? {
          resultId: this.id,
          edits: new SemanticTokensDiff(this._prevData, this.getFinalDataDelta()).computeDiff()
        } : this.build();
      }
    };
    exports2.SemanticTokensBuilder = SemanticTokensBuilder;
  }
});

// node_modules/vscode-languageserver/lib/common/showDocument.js
var require_showDocument = __commonJS({
  "node_modules/vscode-languageserver/lib/common/showDocument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ShowDocumentFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), ShowDocumentFeature = (Base) => class extends Base {
      showDocument(params) {
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowDocumentRequest.type, params);
      }
    };
    exports2.ShowDocumentFeature = ShowDocumentFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/fileOperations.js
var require_fileOperations = __commonJS({
  "node_modules/vscode-languageserver/lib/common/fileOperations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.FileOperationsFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), FileOperationsFeature = (Base) => class extends Base {
      onDidCreateFiles(handler) {
        return this.connection.onNotification(vscode_languageserver_protocol_1.DidCreateFilesNotification.type, (params) => handler(params));
      }
      onDidRenameFiles(handler) {
        return this.connection.onNotification(vscode_languageserver_protocol_1.DidRenameFilesNotification.type, (params) => handler(params));
      }
      onDidDeleteFiles(handler) {
        return this.connection.onNotification(vscode_languageserver_protocol_1.DidDeleteFilesNotification.type, (params) => handler(params));
      }
      onWillCreateFiles(handler) {
        return this.connection.onRequest(vscode_languageserver_protocol_1.WillCreateFilesRequest.type, (params, cancel) => handler(params, cancel));
      }
      onWillRenameFiles(handler) {
        return this.connection.onRequest(vscode_languageserver_protocol_1.WillRenameFilesRequest.type, (params, cancel) => handler(params, cancel));
      }
      onWillDeleteFiles(handler) {
        return this.connection.onRequest(vscode_languageserver_protocol_1.WillDeleteFilesRequest.type, (params, cancel) => handler(params, cancel));
      }
    };
    exports2.FileOperationsFeature = FileOperationsFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/linkedEditingRange.js
var require_linkedEditingRange = __commonJS({
  "node_modules/vscode-languageserver/lib/common/linkedEditingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.LinkedEditingRangeFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), LinkedEditingRangeFeature = (Base) => class extends Base {
      onLinkedEditingRange(handler) {
        return this.connection.onRequest(vscode_languageserver_protocol_1.LinkedEditingRangeRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), void 0));
      }
    };
    exports2.LinkedEditingRangeFeature = LinkedEditingRangeFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/typeHierarchy.js
var require_typeHierarchy = __commonJS({
  "node_modules/vscode-languageserver/lib/common/typeHierarchy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TypeHierarchyFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), TypeHierarchyFeature = (Base) => class extends Base {
      get typeHierarchy() {
        return {
          onPrepare: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.TypeHierarchyPrepareRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), void 0)),
          onSupertypes: (handler) => {
            let type = vscode_languageserver_protocol_1.TypeHierarchySupertypesRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          },
          onSubtypes: (handler) => {
            let type = vscode_languageserver_protocol_1.TypeHierarchySubtypesRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          }
        };
      }
    };
    exports2.TypeHierarchyFeature = TypeHierarchyFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlineValue.js
var require_inlineValue = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlineValue.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlineValueFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), InlineValueFeature = (Base) => class extends Base {
      get inlineValue() {
        return {
          refresh: () => this.connection.sendRequest(vscode_languageserver_protocol_1.InlineValueRefreshRequest.type),
          on: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.InlineValueRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params)))
        };
      }
    };
    exports2.InlineValueFeature = InlineValueFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/foldingRange.js
var require_foldingRange = __commonJS({
  "node_modules/vscode-languageserver/lib/common/foldingRange.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.FoldingRangeFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), FoldingRangeFeature = (Base) => class extends Base {
      get foldingRange() {
        return {
          refresh: () => this.connection.sendRequest(vscode_languageserver_protocol_1.FoldingRangeRefreshRequest.type),
          on: (handler) => {
            let type = vscode_languageserver_protocol_1.FoldingRangeRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          }
        };
      }
    };
    exports2.FoldingRangeFeature = FoldingRangeFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlayHint.js
var require_inlayHint = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlayHint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlayHintFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), InlayHintFeature = (Base) => class extends Base {
      get inlayHint() {
        return {
          refresh: () => this.connection.sendRequest(vscode_languageserver_protocol_1.InlayHintRefreshRequest.type),
          on: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.InlayHintRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params))),
          resolve: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.InlayHintResolveRequest.type, (params, cancel) => handler(params, cancel))
        };
      }
    };
    exports2.InlayHintFeature = InlayHintFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/diagnostic.js
var require_diagnostic = __commonJS({
  "node_modules/vscode-languageserver/lib/common/diagnostic.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DiagnosticFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), DiagnosticFeature = (Base) => class extends Base {
      get diagnostics() {
        return {
          refresh: () => this.connection.sendRequest(vscode_languageserver_protocol_1.DiagnosticRefreshRequest.type),
          on: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.DocumentDiagnosticRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(vscode_languageserver_protocol_1.DocumentDiagnosticRequest.partialResult, params))),
          onWorkspace: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.WorkspaceDiagnosticRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(vscode_languageserver_protocol_1.WorkspaceDiagnosticRequest.partialResult, params)))
        };
      }
    };
    exports2.DiagnosticFeature = DiagnosticFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/textDocuments.js
var require_textDocuments = __commonJS({
  "node_modules/vscode-languageserver/lib/common/textDocuments.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TextDocuments = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), TextDocuments2 = class {
      _configuration;
      _syncedDocuments;
      _onDidChangeContent;
      _onDidOpen;
      _onDidClose;
      _onDidSave;
      _onWillSave;
      _willSaveWaitUntil;
      /**
       * Create a new text document manager.
       */
      constructor(configuration) {
        this._configuration = configuration, this._syncedDocuments = /* @__PURE__ */ new Map(), this._onDidChangeContent = new vscode_languageserver_protocol_1.Emitter(), this._onDidOpen = new vscode_languageserver_protocol_1.Emitter(), this._onDidClose = new vscode_languageserver_protocol_1.Emitter(), this._onDidSave = new vscode_languageserver_protocol_1.Emitter(), this._onWillSave = new vscode_languageserver_protocol_1.Emitter();
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been opened.
       */
      get onDidOpen() {
        return this._onDidOpen.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been opened or the content changes.
       */
      get onDidChangeContent() {
        return this._onDidChangeContent.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * will be saved.
       */
      get onWillSave() {
        return this._onWillSave.event;
      }
      /**
       * Sets a handler that will be called if a participant wants to provide
       * edits during a text document save.
       */
      onWillSaveWaitUntil(handler) {
        this._willSaveWaitUntil = handler;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been saved.
       */
      get onDidSave() {
        return this._onDidSave.event;
      }
      /**
       * An event that fires when a text document managed by this manager
       * has been closed.
       */
      get onDidClose() {
        return this._onDidClose.event;
      }
      /**
       * Returns the document for the given URI. Returns undefined if
       * the document is not managed by this instance.
       *
       * @param uri The text document's URI to retrieve.
       * @return the text document or `undefined`.
       */
      get(uri) {
        return this._syncedDocuments.get(uri);
      }
      /**
       * Returns all text documents managed by this instance.
       *
       * @return all text documents.
       */
      all() {
        return Array.from(this._syncedDocuments.values());
      }
      /**
       * Returns the URIs of all text documents managed by this instance.
       *
       * @return the URI's of all text documents.
       */
      keys() {
        return Array.from(this._syncedDocuments.keys());
      }
      /**
       * Listens for `low level` notification on the given connection to
       * update the text documents managed by this instance.
       *
       * Please note that the connection only provides handlers not an event model. Therefore
       * listening on a connection will overwrite the following handlers on a connection:
       * `onDidOpenTextDocument`, `onDidChangeTextDocument`, `onDidCloseTextDocument`,
       * `onWillSaveTextDocument`, `onWillSaveTextDocumentWaitUntil` and `onDidSaveTextDocument`.
       *
       * Use the corresponding events on the TextDocuments instance instead.
       *
       * @param connection The connection to listen on.
       */
      listen(connection) {
        connection.__textDocumentSync = vscode_languageserver_protocol_1.TextDocumentSyncKind.Incremental;
        let disposables = [];
        return disposables.push(connection.onDidOpenTextDocument((event) => {
          let td = event.textDocument, document = this._configuration.create(td.uri, td.languageId, td.version, td.text);
          this._syncedDocuments.set(td.uri, document);
          let toFire = Object.freeze({ document });
          this._onDidOpen.fire(toFire), this._onDidChangeContent.fire(toFire);
        })), disposables.push(connection.onDidChangeTextDocument((event) => {
          let td = event.textDocument, changes = event.contentChanges;
          if (changes.length === 0)
            return;
          let { version: version2 } = td;
          if (version2 == null)
            throw new Error(`Received document change event for ${td.uri} without valid version identifier`);
          let syncedDocument = this._syncedDocuments.get(td.uri);
          syncedDocument !== void 0 && (syncedDocument = this._configuration.update(syncedDocument, changes, version2), this._syncedDocuments.set(td.uri, syncedDocument), this._onDidChangeContent.fire(Object.freeze({ document: syncedDocument })));
        })), disposables.push(connection.onDidCloseTextDocument((event) => {
          let syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          syncedDocument !== void 0 && (this._syncedDocuments.delete(event.textDocument.uri), this._onDidClose.fire(Object.freeze({ document: syncedDocument })));
        })), disposables.push(connection.onWillSaveTextDocument((event) => {
          let syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          syncedDocument !== void 0 && this._onWillSave.fire(Object.freeze({ document: syncedDocument, reason: event.reason }));
        })), disposables.push(connection.onWillSaveTextDocumentWaitUntil((event, token) => {
          let syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          return syncedDocument !== void 0 && this._willSaveWaitUntil ? this._willSaveWaitUntil(Object.freeze({ document: syncedDocument, reason: event.reason }), token) : [];
        })), disposables.push(connection.onDidSaveTextDocument((event) => {
          let syncedDocument = this._syncedDocuments.get(event.textDocument.uri);
          syncedDocument !== void 0 && this._onDidSave.fire(Object.freeze({ document: syncedDocument }));
        })), vscode_languageserver_protocol_1.Disposable.create(() => {
          disposables.forEach((disposable) => disposable.dispose());
        });
      }
    };
    exports2.TextDocuments = TextDocuments2;
  }
});

// node_modules/vscode-languageserver/lib/common/notebook.js
var require_notebook = __commonJS({
  "node_modules/vscode-languageserver/lib/common/notebook.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.NotebookDocuments = exports2.NotebookSyncFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), textDocuments_1 = require_textDocuments(), NotebookSyncFeature = (Base) => class extends Base {
      get synchronization() {
        return {
          onDidOpenNotebookDocument: (handler) => this.connection.onNotification(vscode_languageserver_protocol_1.DidOpenNotebookDocumentNotification.type, (params) => handler(params)),
          onDidChangeNotebookDocument: (handler) => this.connection.onNotification(vscode_languageserver_protocol_1.DidChangeNotebookDocumentNotification.type, (params) => handler(params)),
          onDidSaveNotebookDocument: (handler) => this.connection.onNotification(vscode_languageserver_protocol_1.DidSaveNotebookDocumentNotification.type, (params) => handler(params)),
          onDidCloseNotebookDocument: (handler) => this.connection.onNotification(vscode_languageserver_protocol_1.DidCloseNotebookDocumentNotification.type, (params) => handler(params))
        };
      }
    };
    exports2.NotebookSyncFeature = NotebookSyncFeature;
    var CellTextDocumentConnection = class _CellTextDocumentConnection {
      static NULL_DISPOSE = Object.freeze({ dispose: () => {
      } });
      openHandler;
      changeHandler;
      closeHandler;
      onDidOpenTextDocument(handler) {
        return this.openHandler = handler, vscode_languageserver_protocol_1.Disposable.create(() => {
          this.openHandler = void 0;
        });
      }
      openTextDocument(params) {
        return this.openHandler && this.openHandler(params);
      }
      onDidChangeTextDocument(handler) {
        return this.changeHandler = handler, vscode_languageserver_protocol_1.Disposable.create(() => {
          this.changeHandler = handler;
        });
      }
      changeTextDocument(params) {
        return this.changeHandler && this.changeHandler(params);
      }
      onDidCloseTextDocument(handler) {
        return this.closeHandler = handler, vscode_languageserver_protocol_1.Disposable.create(() => {
          this.closeHandler = void 0;
        });
      }
      closeTextDocument(params) {
        return this.closeHandler && this.closeHandler(params);
      }
      onWillSaveTextDocument() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
      onWillSaveTextDocumentWaitUntil() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
      onDidSaveTextDocument() {
        return _CellTextDocumentConnection.NULL_DISPOSE;
      }
    }, NotebookDocuments = class {
      notebookDocuments;
      notebookCellMap;
      _onDidOpen;
      _onDidSave;
      _onDidChange;
      _onDidClose;
      _cellTextDocuments;
      constructor(configurationOrTextDocuments) {
        configurationOrTextDocuments instanceof textDocuments_1.TextDocuments ? this._cellTextDocuments = configurationOrTextDocuments : this._cellTextDocuments = new textDocuments_1.TextDocuments(configurationOrTextDocuments), this.notebookDocuments = /* @__PURE__ */ new Map(), this.notebookCellMap = /* @__PURE__ */ new Map(), this._onDidOpen = new vscode_languageserver_protocol_1.Emitter(), this._onDidChange = new vscode_languageserver_protocol_1.Emitter(), this._onDidSave = new vscode_languageserver_protocol_1.Emitter(), this._onDidClose = new vscode_languageserver_protocol_1.Emitter();
      }
      get cellTextDocuments() {
        return this._cellTextDocuments;
      }
      getCellTextDocument(cell) {
        return this._cellTextDocuments.get(cell.document);
      }
      getNotebookDocument(uri) {
        return this.notebookDocuments.get(uri);
      }
      getNotebookCell(uri) {
        let value = this.notebookCellMap.get(uri);
        return value && value[0];
      }
      findNotebookDocumentForCell(cell) {
        let key2 = typeof cell == "string" ? cell : cell.document, value = this.notebookCellMap.get(key2);
        return value && value[1];
      }
      get onDidOpen() {
        return this._onDidOpen.event;
      }
      get onDidSave() {
        return this._onDidSave.event;
      }
      get onDidChange() {
        return this._onDidChange.event;
      }
      get onDidClose() {
        return this._onDidClose.event;
      }
      /**
       * Listens for `low level` notification on the given connection to
       * update the notebook documents managed by this instance.
       *
       * Please note that the connection only provides handlers not an event model. Therefore
       * listening on a connection will overwrite the following handlers on a connection:
       * `onDidOpenNotebookDocument`, `onDidChangeNotebookDocument`, `onDidSaveNotebookDocument`,
       *  and `onDidCloseNotebookDocument`.
       *
       * @param connection The connection to listen on.
       */
      listen(connection) {
        let cellTextDocumentConnection = new CellTextDocumentConnection(), disposables = [];
        return disposables.push(this.cellTextDocuments.listen(cellTextDocumentConnection)), disposables.push(connection.notebooks.synchronization.onDidOpenNotebookDocument(async (params) => {
          this.notebookDocuments.set(params.notebookDocument.uri, params.notebookDocument);
          for (let cellTextDocument of params.cellTextDocuments)
            await cellTextDocumentConnection.openTextDocument({ textDocument: cellTextDocument });
          this.updateCellMap(params.notebookDocument), this._onDidOpen.fire(params.notebookDocument);
        })), disposables.push(connection.notebooks.synchronization.onDidChangeNotebookDocument(async (params) => {
          let notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          if (notebookDocument === void 0)
            return;
          notebookDocument.version = params.notebookDocument.version;
          let oldMetadata = notebookDocument.metadata, metadataChanged = !1, change = params.change;
          change.metadata !== void 0 && (metadataChanged = !0, notebookDocument.metadata = change.metadata);
          let opened = [], closed = [], data = [], text = [];
          if (change.cells !== void 0) {
            let changedCells = change.cells;
            if (changedCells.structure !== void 0) {
              let array = changedCells.structure.array;
              if (notebookDocument.cells.splice(array.start, array.deleteCount, ...array.cells !== void 0 ? array.cells : []), changedCells.structure.didOpen !== void 0)
                for (let open of changedCells.structure.didOpen)
                  await cellTextDocumentConnection.openTextDocument({ textDocument: open }), opened.push(open.uri);
              if (changedCells.structure.didClose)
                for (let close of changedCells.structure.didClose)
                  await cellTextDocumentConnection.closeTextDocument({ textDocument: close }), closed.push(close.uri);
            }
            if (changedCells.data !== void 0) {
              let cellUpdates = new Map(changedCells.data.map((cell) => [cell.document, cell]));
              for (let i = 0; i <= notebookDocument.cells.length; i++) {
                let change2 = cellUpdates.get(notebookDocument.cells[i].document);
                if (change2 !== void 0) {
                  let old = notebookDocument.cells.splice(i, 1, change2);
                  if (data.push({ old: old[0], new: change2 }), cellUpdates.delete(change2.document), cellUpdates.size === 0)
                    break;
                }
              }
            }
            if (changedCells.textContent !== void 0)
              for (let cellTextDocument of changedCells.textContent)
                await cellTextDocumentConnection.changeTextDocument({ textDocument: cellTextDocument.document, contentChanges: cellTextDocument.changes }), text.push(cellTextDocument.document.uri);
          }
          this.updateCellMap(notebookDocument);
          let changeEvent = { notebookDocument };
          metadataChanged && (changeEvent.metadata = { old: oldMetadata, new: notebookDocument.metadata });
          let added = [];
          for (let open of opened)
            added.push(this.getNotebookCell(open));
          let removed = [];
          for (let close of closed)
            removed.push(this.getNotebookCell(close));
          let textContent = [];
          for (let change2 of text)
            textContent.push(this.getNotebookCell(change2));
          (added.length > 0 || removed.length > 0 || data.length > 0 || textContent.length > 0) && (changeEvent.cells = { added, removed, changed: { data, textContent } }), (changeEvent.metadata !== void 0 || changeEvent.cells !== void 0) && this._onDidChange.fire(changeEvent);
        })), disposables.push(connection.notebooks.synchronization.onDidSaveNotebookDocument((params) => {
          let notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          notebookDocument !== void 0 && this._onDidSave.fire(notebookDocument);
        })), disposables.push(connection.notebooks.synchronization.onDidCloseNotebookDocument(async (params) => {
          let notebookDocument = this.notebookDocuments.get(params.notebookDocument.uri);
          if (notebookDocument !== void 0) {
            this._onDidClose.fire(notebookDocument);
            for (let cellTextDocument of params.cellTextDocuments)
              await cellTextDocumentConnection.closeTextDocument({ textDocument: cellTextDocument });
            this.notebookDocuments.delete(params.notebookDocument.uri);
            for (let cell of notebookDocument.cells)
              this.notebookCellMap.delete(cell.document);
          }
        })), vscode_languageserver_protocol_1.Disposable.create(() => {
          disposables.forEach((disposable) => disposable.dispose());
        });
      }
      updateCellMap(notebookDocument) {
        for (let cell of notebookDocument.cells)
          this.notebookCellMap.set(cell.document, [cell, notebookDocument]);
      }
    };
    exports2.NotebookDocuments = NotebookDocuments;
  }
});

// node_modules/vscode-languageserver/lib/common/moniker.js
var require_moniker = __commonJS({
  "node_modules/vscode-languageserver/lib/common/moniker.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.MonikerFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), MonikerFeature = (Base) => class extends Base {
      get moniker() {
        return {
          on: (handler) => {
            let type = vscode_languageserver_protocol_1.MonikerRequest.type;
            return this.connection.onRequest(type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params), this.attachPartialResultProgress(type, params)));
          }
        };
      }
    };
    exports2.MonikerFeature = MonikerFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/inlineCompletion.js
var require_inlineCompletion = __commonJS({
  "node_modules/vscode-languageserver/lib/common/inlineCompletion.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.InlineCompletionFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), InlineCompletionFeature = (Base) => class extends Base {
      get inlineCompletion() {
        return {
          on: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.InlineCompletionRequest.type, (params, cancel) => handler(params, cancel, this.attachWorkDoneProgress(params)))
        };
      }
    };
    exports2.InlineCompletionFeature = InlineCompletionFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/textDocumentContent.js
var require_textDocumentContent = __commonJS({
  "node_modules/vscode-languageserver/lib/common/textDocumentContent.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.TextDocumentContentFeature = void 0;
    var vscode_languageserver_protocol_1 = require_api2(), TextDocumentContentFeature = (Base) => class extends Base {
      get textDocumentContent() {
        return {
          refresh: (uri) => this.connection.sendRequest(vscode_languageserver_protocol_1.TextDocumentContentRefreshRequest.type, { uri }),
          on: (handler) => this.connection.onRequest(vscode_languageserver_protocol_1.TextDocumentContentRequest.type, (params, cancel) => handler(params, cancel))
        };
      }
    };
    exports2.TextDocumentContentFeature = TextDocumentContentFeature;
  }
});

// node_modules/vscode-languageserver/lib/common/server.js
var require_server = __commonJS({
  "node_modules/vscode-languageserver/lib/common/server.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2._NotebooksImpl = exports2._LanguagesImpl = exports2.BulkUnregistration = exports2.BulkRegistration = exports2.ErrorMessageTracker = void 0;
    exports2.combineConsoleFeatures = combineConsoleFeatures;
    exports2.combineTelemetryFeatures = combineTelemetryFeatures;
    exports2.combineTracerFeatures = combineTracerFeatures;
    exports2.combineClientFeatures = combineClientFeatures;
    exports2.combineWindowFeatures = combineWindowFeatures;
    exports2.combineWorkspaceFeatures = combineWorkspaceFeatures;
    exports2.combineLanguagesFeatures = combineLanguagesFeatures;
    exports2.combineNotebooksFeatures = combineNotebooksFeatures;
    exports2.combineFeatures = combineFeatures;
    exports2.createConnection = createConnection2;
    var vscode_languageserver_protocol_1 = require_api2(), Is2 = __importStar(require_is()), UUID = __importStar(require_uuid()), progress_1 = require_progress(), configuration_1 = require_configuration(), workspaceFolder_1 = require_workspaceFolder(), callHierarchy_1 = require_callHierarchy(), semanticTokens_1 = require_semanticTokens(), showDocument_1 = require_showDocument(), fileOperations_1 = require_fileOperations(), linkedEditingRange_1 = require_linkedEditingRange(), typeHierarchy_1 = require_typeHierarchy(), inlineValue_1 = require_inlineValue(), foldingRange_1 = require_foldingRange(), inlayHint_1 = require_inlayHint(), diagnostic_1 = require_diagnostic(), notebook_1 = require_notebook(), moniker_1 = require_moniker(), inlineCompletion_1 = require_inlineCompletion(), textDocumentContent_1 = require_textDocumentContent();
    function null2Undefined(value) {
      if (value !== null)
        return value;
    }
    var ErrorMessageTracker = class {
      _messages;
      constructor() {
        this._messages = /* @__PURE__ */ Object.create(null);
      }
      /**
       * Add a message to the tracker.
       *
       * @param message The message to add.
       */
      add(message2) {
        let count = this._messages[message2];
        count || (count = 0), count++, this._messages[message2] = count;
      }
      /**
       * Send all tracked messages to the connection's window.
       *
       * @param connection The connection established between client and server.
       */
      sendErrors(connection) {
        Object.keys(this._messages).forEach((message2) => {
          connection.window.showErrorMessage(message2);
        });
      }
    };
    exports2.ErrorMessageTracker = ErrorMessageTracker;
    var RemoteConsoleImpl = class {
      _rawConnection;
      _connection;
      constructor() {
      }
      rawAttach(connection) {
        this._rawConnection = connection;
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      fillServerCapabilities(_capabilities) {
      }
      initialize(_capabilities) {
      }
      error(message2) {
        this.send(vscode_languageserver_protocol_1.MessageType.Error, message2);
      }
      warn(message2) {
        this.send(vscode_languageserver_protocol_1.MessageType.Warning, message2);
      }
      info(message2) {
        this.send(vscode_languageserver_protocol_1.MessageType.Info, message2);
      }
      log(message2) {
        this.send(vscode_languageserver_protocol_1.MessageType.Log, message2);
      }
      debug(message2) {
        this.send(vscode_languageserver_protocol_1.MessageType.Debug, message2);
      }
      send(type, message2) {
        this._rawConnection && this._rawConnection.sendNotification(vscode_languageserver_protocol_1.LogMessageNotification.type, { type, message: message2 }).catch(() => {
          (0, vscode_languageserver_protocol_1.RAL)().console.error("Sending log message failed");
        });
      }
    }, _RemoteWindowImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      showErrorMessage(message2, ...actions) {
        let params = { type: vscode_languageserver_protocol_1.MessageType.Error, message: message2, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
      showWarningMessage(message2, ...actions) {
        let params = { type: vscode_languageserver_protocol_1.MessageType.Warning, message: message2, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
      showInformationMessage(message2, ...actions) {
        let params = { type: vscode_languageserver_protocol_1.MessageType.Info, message: message2, actions };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ShowMessageRequest.type, params).then(null2Undefined);
      }
    }, RemoteWindowImpl = (0, showDocument_1.ShowDocumentFeature)((0, progress_1.ProgressFeature)(_RemoteWindowImpl)), BulkRegistration;
    (function(BulkRegistration2) {
      function create() {
        return new BulkRegistrationImpl();
      }
      BulkRegistration2.create = create;
    })(BulkRegistration || (exports2.BulkRegistration = BulkRegistration = {}));
    var BulkRegistrationImpl = class {
      _registrations = [];
      _registered = /* @__PURE__ */ new Set();
      add(type, registerOptions) {
        let method = Is2.string(type) ? type : type.method;
        if (this._registered.has(method))
          throw new Error(`${method} is already added to this registration`);
        let id = UUID.generateUuid();
        this._registrations.push({
          id,
          method,
          registerOptions: registerOptions || {}
        }), this._registered.add(method);
      }
      asRegistrationParams() {
        return {
          registrations: this._registrations
        };
      }
    }, BulkUnregistration;
    (function(BulkUnregistration2) {
      function create() {
        return new BulkUnregistrationImpl(void 0, []);
      }
      BulkUnregistration2.create = create;
    })(BulkUnregistration || (exports2.BulkUnregistration = BulkUnregistration = {}));
    var BulkUnregistrationImpl = class {
      _connection;
      _unregistrations = /* @__PURE__ */ new Map();
      constructor(_connection, unregistrations) {
        this._connection = _connection, unregistrations.forEach((unregistration) => {
          this._unregistrations.set(unregistration.method, unregistration);
        });
      }
      get isAttached() {
        return !!this._connection;
      }
      attach(connection) {
        this._connection = connection;
      }
      add(unregistration) {
        this._unregistrations.set(unregistration.method, unregistration);
      }
      dispose() {
        let unregistrations = [];
        for (let unregistration of this._unregistrations.values())
          unregistrations.push(unregistration);
        let params = {
          unregisterations: unregistrations
        };
        this._connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).catch(() => {
          this._connection.console.info("Bulk unregistration failed.");
        });
      }
      disposeSingle(arg) {
        let method = Is2.string(arg) ? arg : arg.method, unregistration = this._unregistrations.get(method);
        if (!unregistration)
          return !1;
        let params = {
          unregisterations: [unregistration]
        };
        return this._connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).then(() => {
          this._unregistrations.delete(method);
        }, (_error) => {
          this._connection.console.info(`Un-registering request handler for ${unregistration.id} failed.`);
        }), !0;
      }
    }, RemoteClientImpl = class {
      _connection;
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      register(typeOrRegistrations, registerOptionsOrType, registerOptions) {
        return typeOrRegistrations instanceof BulkRegistrationImpl ? this.registerMany(typeOrRegistrations) : typeOrRegistrations instanceof BulkUnregistrationImpl ? this.registerSingle1(typeOrRegistrations, registerOptionsOrType, registerOptions) : this.registerSingle2(typeOrRegistrations, registerOptionsOrType);
      }
      registerSingle1(unregistration, type, registerOptions) {
        let method = Is2.string(type) ? type : type.method, id = UUID.generateUuid(), params = {
          registrations: [{ id, method, registerOptions: registerOptions || {} }]
        };
        return unregistration.isAttached || unregistration.attach(this.connection), this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then((_result) => (unregistration.add({ id, method }), unregistration), (_error) => (this.connection.console.info(`Registering request handler for ${method} failed.`), Promise.reject(_error)));
      }
      registerSingle2(type, registerOptions) {
        let method = Is2.string(type) ? type : type.method, id = UUID.generateUuid(), params = {
          registrations: [{ id, method, registerOptions: registerOptions || {} }]
        };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then((_result) => vscode_languageserver_protocol_1.Disposable.create(() => {
          this.unregisterSingle(id, method).catch(() => {
            this.connection.console.info(`Un-registering capability with id ${id} failed.`);
          });
        }), (_error) => (this.connection.console.info(`Registering request handler for ${method} failed.`), Promise.reject(_error)));
      }
      unregisterSingle(id, method) {
        let params = {
          unregisterations: [{ id, method }]
        };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.UnregistrationRequest.type, params).catch(() => {
          this.connection.console.info(`Un-registering request handler for ${id} failed.`);
        });
      }
      registerMany(registrations) {
        let params = registrations.asRegistrationParams();
        return this.connection.sendRequest(vscode_languageserver_protocol_1.RegistrationRequest.type, params).then(() => new BulkUnregistrationImpl(this._connection, params.registrations.map((registration) => ({ id: registration.id, method: registration.method }))), (_error) => (this.connection.console.info("Bulk registration failed."), Promise.reject(_error)));
      }
    }, _RemoteWorkspaceImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      applyEdit(paramOrEdit) {
        function isApplyWorkspaceEditParams(value) {
          return value && !!value.edit;
        }
        let params = isApplyWorkspaceEditParams(paramOrEdit) ? paramOrEdit : { edit: paramOrEdit };
        return this.connection.sendRequest(vscode_languageserver_protocol_1.ApplyWorkspaceEditRequest.type, params);
      }
    }, RemoteWorkspaceImpl = (0, textDocumentContent_1.TextDocumentContentFeature)((0, fileOperations_1.FileOperationsFeature)((0, workspaceFolder_1.WorkspaceFoldersFeature)((0, configuration_1.ConfigurationFeature)(_RemoteWorkspaceImpl)))), TracerImpl = class {
      _trace;
      _connection;
      constructor() {
        this._trace = vscode_languageserver_protocol_1.Trace.Off;
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      set trace(value) {
        this._trace = value;
      }
      log(message2, verbose) {
        this._trace !== vscode_languageserver_protocol_1.Trace.Off && this.connection.sendNotification(vscode_languageserver_protocol_1.LogTraceNotification.type, {
          message: message2,
          verbose: this._trace === vscode_languageserver_protocol_1.Trace.Verbose ? verbose : void 0
        }).catch(() => {
        });
      }
    }, TelemetryImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      logEvent(data) {
        this.connection.sendNotification(vscode_languageserver_protocol_1.TelemetryEventNotification.type, data).catch(() => {
          this.connection.console.log("Sending TelemetryEventNotification failed");
        });
      }
    }, _LanguagesImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      attachWorkDoneProgress(params) {
        return (0, progress_1.attachWorkDone)(this.connection, params);
      }
      attachPartialResultProgress(_type, params) {
        return (0, progress_1.attachPartialResult)(this.connection, params);
      }
    };
    exports2._LanguagesImpl = _LanguagesImpl;
    var LanguagesImpl = (0, inlineCompletion_1.InlineCompletionFeature)((0, foldingRange_1.FoldingRangeFeature)((0, moniker_1.MonikerFeature)((0, diagnostic_1.DiagnosticFeature)((0, inlayHint_1.InlayHintFeature)((0, inlineValue_1.InlineValueFeature)((0, typeHierarchy_1.TypeHierarchyFeature)((0, linkedEditingRange_1.LinkedEditingRangeFeature)((0, semanticTokens_1.SemanticTokensFeature)((0, callHierarchy_1.CallHierarchyFeature)(_LanguagesImpl)))))))))), _NotebooksImpl = class {
      _connection;
      constructor() {
      }
      attach(connection) {
        this._connection = connection;
      }
      get connection() {
        if (!this._connection)
          throw new Error("Remote is not attached to a connection yet.");
        return this._connection;
      }
      initialize(_capabilities) {
      }
      fillServerCapabilities(_capabilities) {
      }
      attachWorkDoneProgress(params) {
        return (0, progress_1.attachWorkDone)(this.connection, params);
      }
      attachPartialResultProgress(_type, params) {
        return (0, progress_1.attachPartialResult)(this.connection, params);
      }
    };
    exports2._NotebooksImpl = _NotebooksImpl;
    var NotebooksImpl = (0, notebook_1.NotebookSyncFeature)(_NotebooksImpl);
    function combineConsoleFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineTelemetryFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineTracerFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineClientFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineWindowFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineWorkspaceFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineLanguagesFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineNotebooksFeatures(one, two) {
      return function(Base) {
        return two(one(Base));
      };
    }
    function combineFeatures(one, two) {
      function combine(one2, two2, func) {
        return one2 && two2 ? func(one2, two2) : one2 || two2;
      }
      return {
        __brand: "features",
        console: combine(one.console, two.console, combineConsoleFeatures),
        tracer: combine(one.tracer, two.tracer, combineTracerFeatures),
        telemetry: combine(one.telemetry, two.telemetry, combineTelemetryFeatures),
        client: combine(one.client, two.client, combineClientFeatures),
        window: combine(one.window, two.window, combineWindowFeatures),
        workspace: combine(one.workspace, two.workspace, combineWorkspaceFeatures),
        languages: combine(one.languages, two.languages, combineLanguagesFeatures),
        notebooks: combine(one.notebooks, two.notebooks, combineNotebooksFeatures)
      };
    }
    function createConnection2(connectionFactory, watchDog, factories) {
      let logger = factories && factories.console ? new (factories.console(RemoteConsoleImpl))() : new RemoteConsoleImpl(), connection = connectionFactory(logger);
      logger.rawAttach(connection);
      let tracer = factories && factories.tracer ? new (factories.tracer(TracerImpl))() : new TracerImpl(), telemetry = factories && factories.telemetry ? new (factories.telemetry(TelemetryImpl))() : new TelemetryImpl(), client = factories && factories.client ? new (factories.client(RemoteClientImpl))() : new RemoteClientImpl(), remoteWindow = factories && factories.window ? new (factories.window(RemoteWindowImpl))() : new RemoteWindowImpl(), workspace = factories && factories.workspace ? new (factories.workspace(RemoteWorkspaceImpl))() : new RemoteWorkspaceImpl(), languages = factories && factories.languages ? new (factories.languages(LanguagesImpl))() : new LanguagesImpl(), notebooks = factories && factories.notebooks ? new (factories.notebooks(NotebooksImpl))() : new NotebooksImpl(), allRemotes = [logger, tracer, telemetry, client, remoteWindow, workspace, languages, notebooks];
      function asPromise(value) {
        return value instanceof Promise ? value : Is2.thenable(value) ? new Promise((resolve10, reject) => {
          value.then((resolved) => resolve10(resolved), (error) => reject(error));
        }) : Promise.resolve(value);
      }
      let shutdownHandler, initializeHandler, exitHandler, protocolConnection = {
        listen: () => connection.listen(),
        sendRequest: (type, ...params) => connection.sendRequest(Is2.string(type) ? type : type.method, ...params),
        onRequest: (type, handler) => connection.onRequest(type, handler),
        sendNotification: (type, param) => {
          let method = Is2.string(type) ? type : type.method;
          return connection.sendNotification(method, param);
        },
        onNotification: (type, handler) => connection.onNotification(type, handler),
        onProgress: connection.onProgress,
        sendProgress: connection.sendProgress,
        onInitialize: (handler) => (initializeHandler = handler, {
          dispose: () => {
            initializeHandler = void 0;
          }
        }),
        onInitialized: (handler) => connection.onNotification(vscode_languageserver_protocol_1.InitializedNotification.type, handler),
        onShutdown: (handler) => (shutdownHandler = handler, {
          dispose: () => {
            shutdownHandler = void 0;
          }
        }),
        onExit: (handler) => (exitHandler = handler, {
          dispose: () => {
            exitHandler = void 0;
          }
        }),
        get console() {
          return logger;
        },
        get telemetry() {
          return telemetry;
        },
        get tracer() {
          return tracer;
        },
        get client() {
          return client;
        },
        get window() {
          return remoteWindow;
        },
        get workspace() {
          return workspace;
        },
        get languages() {
          return languages;
        },
        get notebooks() {
          return notebooks;
        },
        onDidChangeConfiguration: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeConfigurationNotification.type, handler),
        onDidChangeWatchedFiles: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeWatchedFilesNotification.type, handler),
        __textDocumentSync: void 0,
        onDidOpenTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidOpenTextDocumentNotification.type, handler),
        onDidChangeTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidChangeTextDocumentNotification.type, handler),
        onDidCloseTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidCloseTextDocumentNotification.type, handler),
        onWillSaveTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.WillSaveTextDocumentNotification.type, handler),
        onWillSaveTextDocumentWaitUntil: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WillSaveTextDocumentWaitUntilRequest.type, handler),
        onDidSaveTextDocument: (handler) => connection.onNotification(vscode_languageserver_protocol_1.DidSaveTextDocumentNotification.type, handler),
        sendDiagnostics: (params) => connection.sendNotification(vscode_languageserver_protocol_1.PublishDiagnosticsNotification.type, params),
        onHover: (handler) => connection.onRequest(vscode_languageserver_protocol_1.HoverRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onCompletion: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CompletionRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onCompletionResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CompletionResolveRequest.type, handler),
        onSignatureHelp: (handler) => connection.onRequest(vscode_languageserver_protocol_1.SignatureHelpRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onDeclaration: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DeclarationRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onDefinition: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DefinitionRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onTypeDefinition: (handler) => connection.onRequest(vscode_languageserver_protocol_1.TypeDefinitionRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onImplementation: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ImplementationRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onReferences: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ReferencesRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onDocumentHighlight: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentHighlightRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onDocumentSymbol: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentSymbolRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onWorkspaceSymbol: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WorkspaceSymbolRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onWorkspaceSymbolResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.WorkspaceSymbolResolveRequest.type, handler),
        onCodeAction: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeActionRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onCodeActionResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeActionResolveRequest.type, (params, cancel) => handler(params, cancel)),
        onCodeLens: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeLensRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onCodeLensResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.CodeLensResolveRequest.type, (params, cancel) => handler(params, cancel)),
        onDocumentFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentFormattingRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onDocumentRangeFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentRangeFormattingRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onDocumentRangesFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentRangesFormattingRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onDocumentOnTypeFormatting: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentOnTypeFormattingRequest.type, (params, cancel) => handler(params, cancel)),
        onRenameRequest: (handler) => connection.onRequest(vscode_languageserver_protocol_1.RenameRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        onPrepareRename: (handler) => connection.onRequest(vscode_languageserver_protocol_1.PrepareRenameRequest.type, (params, cancel) => handler(params, cancel)),
        onDocumentLinks: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentLinkRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onDocumentLinkResolve: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentLinkResolveRequest.type, (params, cancel) => handler(params, cancel)),
        onDocumentColor: (handler) => connection.onRequest(vscode_languageserver_protocol_1.DocumentColorRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onColorPresentation: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ColorPresentationRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onFoldingRanges: (handler) => connection.onRequest(vscode_languageserver_protocol_1.FoldingRangeRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onSelectionRanges: (handler) => connection.onRequest(vscode_languageserver_protocol_1.SelectionRangeRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), (0, progress_1.attachPartialResult)(connection, params))),
        onExecuteCommand: (handler) => connection.onRequest(vscode_languageserver_protocol_1.ExecuteCommandRequest.type, (params, cancel) => handler(params, cancel, (0, progress_1.attachWorkDone)(connection, params), void 0)),
        dispose: () => connection.dispose()
      };
      for (let remote of allRemotes)
        remote.attach(protocolConnection);
      return connection.onRequest(vscode_languageserver_protocol_1.InitializeRequest.type, (params) => {
        watchDog.initialize(params), Is2.string(params.trace) && (tracer.trace = vscode_languageserver_protocol_1.Trace.fromString(params.trace));
        for (let remote of allRemotes)
          remote.initialize(params.capabilities);
        if (initializeHandler) {
          let result2 = initializeHandler(params, new vscode_languageserver_protocol_1.CancellationTokenSource().token, (0, progress_1.attachWorkDone)(connection, params), void 0);
          return asPromise(result2).then((value) => {
            if (value instanceof vscode_languageserver_protocol_1.ResponseError)
              return value;
            let result3 = value;
            result3 || (result3 = { capabilities: {} });
            let capabilities = result3.capabilities;
            capabilities || (capabilities = {}, result3.capabilities = capabilities), capabilities.textDocumentSync === void 0 || capabilities.textDocumentSync === null ? capabilities.textDocumentSync = Is2.number(protocolConnection.__textDocumentSync) ? protocolConnection.__textDocumentSync : vscode_languageserver_protocol_1.TextDocumentSyncKind.None : !Is2.number(capabilities.textDocumentSync) && !Is2.number(capabilities.textDocumentSync.change) && (capabilities.textDocumentSync.change = Is2.number(protocolConnection.__textDocumentSync) ? protocolConnection.__textDocumentSync : vscode_languageserver_protocol_1.TextDocumentSyncKind.None);
            for (let remote of allRemotes)
              remote.fillServerCapabilities(capabilities);
            return result3;
          });
        } else {
          let result2 = { capabilities: { textDocumentSync: vscode_languageserver_protocol_1.TextDocumentSyncKind.None } };
          for (let remote of allRemotes)
            remote.fillServerCapabilities(result2.capabilities);
          return result2;
        }
      }), connection.onRequest(vscode_languageserver_protocol_1.ShutdownRequest.type, () => {
        if (watchDog.shutdownReceived = !0, shutdownHandler)
          return shutdownHandler(new vscode_languageserver_protocol_1.CancellationTokenSource().token);
      }), connection.onNotification(vscode_languageserver_protocol_1.ExitNotification.type, () => {
        try {
          if (exitHandler)
            return exitHandler();
        } finally {
          watchDog.shutdownReceived ? watchDog.exit(0) : watchDog.exit(1);
        }
      }), connection.onNotification(vscode_languageserver_protocol_1.SetTraceNotification.type, (params) => {
        tracer.trace = vscode_languageserver_protocol_1.Trace.fromString(params.value);
      }), protocolConnection;
    }
  }
});

// node_modules/vscode-languageserver/lib/node/files.js
var require_files = __commonJS({
  "node_modules/vscode-languageserver/lib/node/files.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.FileSystem = void 0;
    exports2.uriToFilePath = uriToFilePath;
    exports2.resolve = resolve10;
    exports2.resolveGlobalNodePath = resolveGlobalNodePath;
    exports2.resolveGlobalYarnPath = resolveGlobalYarnPath;
    exports2.resolveModulePath = resolveModulePath;
    var url = __importStar(require("url")), path26 = __importStar(require("path")), fs10 = __importStar(require("fs")), child_process_1 = require("child_process");
    function uriToFilePath(uri) {
      let parsed = url.parse(uri);
      if (parsed.protocol !== "file:" || !parsed.path)
        return;
      let segments = parsed.path.split("/");
      for (let i = 0, len = segments.length; i < len; i++)
        segments[i] = decodeURIComponent(segments[i]);
      if (process.platform === "win32" && segments.length > 1) {
        let first = segments[0], second = segments[1];
        first.length === 0 && second.length > 1 && second[1] === ":" && segments.shift();
      }
      return path26.normalize(segments.join("/"));
    }
    function isWindows() {
      return process.platform === "win32";
    }
    function resolve10(moduleName, nodePath, cwd, tracer) {
      let nodePathKey = "NODE_PATH", app = [
        "var p = process;",
        "p.on('message',function(m){",
        "if(m.c==='e'){",
        "p.exit(0);",
        "}",
        "else if(m.c==='rs'){",
        "try{",
        "var r=require.resolve(m.a);",
        "p.send({c:'r',s:true,r:r});",
        "}",
        "catch(err){",
        "p.send({c:'r',s:false});",
        "}",
        "}",
        "});"
      ].join("");
      return new Promise((resolve11, reject) => {
        let env = process.env, newEnv = /* @__PURE__ */ Object.create(null);
        Object.keys(env).forEach((key2) => newEnv[key2] = env[key2]), nodePath && fs10.existsSync(nodePath) && (newEnv[nodePathKey] ? newEnv[nodePathKey] = nodePath + path26.delimiter + newEnv[nodePathKey] : newEnv[nodePathKey] = nodePath, tracer && tracer(`NODE_PATH value is: ${newEnv[nodePathKey]}`)), newEnv.ELECTRON_RUN_AS_NODE = "1";
        try {
          let cp = (0, child_process_1.fork)("", [], {
            cwd,
            env: newEnv,
            execArgv: ["-e", app]
          });
          if (cp.pid === void 0) {
            reject(new Error(`Starting process to resolve node module  ${moduleName} failed`));
            return;
          }
          cp.on("error", (error) => {
            reject(error);
          }), cp.on("message", (message3) => {
            message3.c === "r" && (cp.send({ c: "e" }), message3.s ? resolve11(message3.r) : reject(new Error(`Failed to resolve module: ${moduleName}`)));
          });
          let message2 = {
            c: "rs",
            a: moduleName
          };
          cp.send(message2);
        } catch (error) {
          reject(error);
        }
      });
    }
    function resolveGlobalNodePath(tracer) {
      let npmCommand = "npm", env = /* @__PURE__ */ Object.create(null);
      Object.keys(process.env).forEach((key2) => env[key2] = process.env[key2]), env.NO_UPDATE_NOTIFIER = "true";
      let options = {
        encoding: "utf8",
        env
      };
      isWindows() && (npmCommand = "npm.cmd", options.shell = !0);
      let handler = () => {
      };
      try {
        process.on("SIGPIPE", handler);
        let stdout = (0, child_process_1.spawnSync)(npmCommand, ["config", "get", "prefix"], options).stdout;
        if (!stdout) {
          tracer && tracer("'npm config get prefix' didn't return a value.");
          return;
        }
        let prefix = stdout.trim();
        return tracer && tracer(`'npm config get prefix' value is: ${prefix}`), prefix.length > 0 ? isWindows() ? path26.join(prefix, "node_modules") : path26.join(prefix, "lib", "node_modules") : void 0;
      } catch {
        return;
      } finally {
        process.removeListener("SIGPIPE", handler);
      }
    }
    function resolveGlobalYarnPath(tracer) {
      let yarnCommand = "yarn", options = {
        encoding: "utf8"
      };
      isWindows() && (yarnCommand = "yarn.cmd", options.shell = !0);
      let handler = () => {
      };
      try {
        process.on("SIGPIPE", handler);
        let results = (0, child_process_1.spawnSync)(yarnCommand, ["global", "dir", "--json"], options), stdout = results.stdout;
        if (!stdout) {
          tracer && (tracer("'yarn global dir' didn't return a value."), results.stderr && tracer(results.stderr));
          return;
        }
        let lines = stdout.trim().split(/\r?\n/);
        for (let line of lines)
          try {
            let yarn = JSON.parse(line);
            if (yarn.type === "log")
              return path26.join(yarn.data, "node_modules");
          } catch {
          }
        return;
      } catch {
        return;
      } finally {
        process.removeListener("SIGPIPE", handler);
      }
    }
    var FileSystem;
    (function(FileSystem2) {
      let _isCaseSensitive;
      function isCaseSensitive() {
        return _isCaseSensitive !== void 0 || (process.platform === "win32" ? _isCaseSensitive = !1 : _isCaseSensitive = !fs10.existsSync(__filename.toUpperCase()) || !fs10.existsSync(__filename.toLowerCase())), _isCaseSensitive;
      }
      FileSystem2.isCaseSensitive = isCaseSensitive;
      function isParent(parent2, child) {
        return isCaseSensitive() ? path26.normalize(child).indexOf(path26.normalize(parent2)) === 0 : path26.normalize(child).toLowerCase().indexOf(path26.normalize(parent2).toLowerCase()) === 0;
      }
      FileSystem2.isParent = isParent;
    })(FileSystem || (exports2.FileSystem = FileSystem = {}));
    function resolveModulePath(workspaceRoot, moduleName, nodePath, tracer) {
      return nodePath ? (path26.isAbsolute(nodePath) || (nodePath = path26.join(workspaceRoot, nodePath)), resolve10(moduleName, nodePath, nodePath, tracer).then((value) => FileSystem.isParent(nodePath, value) ? value : Promise.reject(new Error(`Failed to load ${moduleName} from node path location.`))).then(void 0, (_error) => resolve10(moduleName, resolveGlobalNodePath(tracer), workspaceRoot, tracer))) : resolve10(moduleName, resolveGlobalNodePath(tracer), workspaceRoot, tracer);
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/ril.js
var require_ril = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/ril.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var util_1 = require("util"), api_1 = require_api(), MessageBuffer = class _MessageBuffer extends api_1.AbstractMessageBuffer {
      static emptyBuffer = Buffer.allocUnsafe(0);
      constructor(encoding = "utf-8") {
        super(encoding);
      }
      emptyBuffer() {
        return _MessageBuffer.emptyBuffer;
      }
      fromString(value, encoding) {
        return Buffer.from(value, encoding);
      }
      toString(value, encoding) {
        return value instanceof Buffer ? value.toString(encoding) : new util_1.TextDecoder(encoding).decode(value);
      }
      asNative(buffer, length) {
        return length === void 0 ? buffer instanceof Buffer ? buffer : Buffer.from(buffer) : buffer instanceof Buffer ? buffer.slice(0, length) : Buffer.from(buffer, 0, length);
      }
      allocNative(length) {
        return Buffer.allocUnsafe(length);
      }
    }, ReadableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        return this.stream.on("close", listener), api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        return this.stream.on("error", listener), api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        return this.stream.on("end", listener), api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      onData(listener) {
        return this.stream.on("data", listener), api_1.Disposable.create(() => this.stream.off("data", listener));
      }
    }, WritableStreamWrapper = class {
      stream;
      constructor(stream) {
        this.stream = stream;
      }
      onClose(listener) {
        return this.stream.on("close", listener), api_1.Disposable.create(() => this.stream.off("close", listener));
      }
      onError(listener) {
        return this.stream.on("error", listener), api_1.Disposable.create(() => this.stream.off("error", listener));
      }
      onEnd(listener) {
        return this.stream.on("end", listener), api_1.Disposable.create(() => this.stream.off("end", listener));
      }
      write(data, encoding) {
        return new Promise((resolve10, reject) => {
          let callback = (error) => {
            error == null ? resolve10() : reject(error);
          };
          typeof data == "string" ? this.stream.write(data, encoding, callback) : this.stream.write(data, callback);
        });
      }
      end() {
        this.stream.end();
      }
    }, _ril = Object.freeze({
      messageBuffer: Object.freeze({
        create: (encoding) => new MessageBuffer(encoding)
      }),
      applicationJson: Object.freeze({
        encoder: Object.freeze({
          name: "application/json",
          encode: (msg, options) => {
            try {
              return Promise.resolve(Buffer.from(JSON.stringify(msg, void 0, 0), options.charset));
            } catch (err) {
              return Promise.reject(err);
            }
          }
        }),
        decoder: Object.freeze({
          name: "application/json",
          decode: (buffer, options) => {
            try {
              return buffer instanceof Buffer ? Promise.resolve(JSON.parse(buffer.toString(options.charset))) : Promise.resolve(JSON.parse(new util_1.TextDecoder(options.charset).decode(buffer)));
            } catch (err) {
              return Promise.reject(err);
            }
          }
        })
      }),
      stream: Object.freeze({
        asReadableStream: (stream) => new ReadableStreamWrapper(stream),
        asWritableStream: (stream) => new WritableStreamWrapper(stream)
      }),
      console,
      timer: Object.freeze({
        setTimeout(callback, ms, ...args) {
          let handle = setTimeout(callback, ms, ...args);
          return { dispose: () => clearTimeout(handle) };
        },
        setImmediate(callback, ...args) {
          let handle = setImmediate(callback, ...args);
          return { dispose: () => clearImmediate(handle) };
        },
        setInterval(callback, ms, ...args) {
          let handle = setInterval(callback, ms, ...args);
          return { dispose: () => clearInterval(handle) };
        }
      })
    });
    function RIL() {
      return _ril;
    }
    (function(RIL2) {
      function install() {
        api_1.RAL.install(_ril);
      }
      RIL2.install = install;
    })(RIL || (RIL = {}));
    exports2.default = RIL;
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/main.js
var require_main = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-jsonrpc/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
    }, __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { default: mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.StreamMessageWriter = exports2.StreamMessageReader = exports2.SocketMessageWriter = exports2.SocketMessageReader = exports2.PortMessageWriter = exports2.PortMessageReader = exports2.IPCMessageWriter = exports2.IPCMessageReader = void 0;
    exports2.generateRandomPipeName = generateRandomPipeName;
    exports2.createClientPipeTransport = createClientPipeTransport;
    exports2.createServerPipeTransport = createServerPipeTransport;
    exports2.createClientSocketTransport = createClientSocketTransport;
    exports2.createServerSocketTransport = createServerSocketTransport;
    exports2.createMessageConnection = createMessageConnection;
    var ril_1 = __importDefault(require_ril());
    ril_1.default.install();
    var path26 = __importStar(require("path")), os2 = __importStar(require("os")), fs10 = __importStar(require("fs")), crypto_1 = require("crypto"), net_1 = require("net"), api_1 = require_api();
    __exportStar(require_api(), exports2);
    var IPCMessageReader = class extends api_1.AbstractMessageReader {
      process;
      constructor(process2) {
        super(), this.process = process2;
        let eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error)), eventEmitter.on("close", () => this.fireClose());
      }
      listen(callback) {
        return this.process.on("message", callback), api_1.Disposable.create(() => this.process.off("message", callback));
      }
    };
    exports2.IPCMessageReader = IPCMessageReader;
    var IPCMessageWriter = class extends api_1.AbstractMessageWriter {
      process;
      errorCount;
      constructor(process2) {
        super(), this.process = process2, this.errorCount = 0;
        let eventEmitter = this.process;
        eventEmitter.on("error", (error) => this.fireError(error)), eventEmitter.on("close", () => this.fireClose);
      }
      write(msg) {
        try {
          return typeof this.process.send == "function" && this.process.send(msg, void 0, void 0, (error) => {
            error ? (this.errorCount++, this.handleError(error, msg)) : this.errorCount = 0;
          }), Promise.resolve();
        } catch (error) {
          return this.handleError(error, msg), Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++, this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.IPCMessageWriter = IPCMessageWriter;
    var PortMessageReader = class extends api_1.AbstractMessageReader {
      onData;
      constructor(port) {
        super(), this.onData = new api_1.Emitter(), port.on("close", () => this.fireClose), port.on("error", (error) => this.fireError(error)), port.on("message", (message2) => {
          this.onData.fire(message2);
        });
      }
      listen(callback) {
        return this.onData.event(callback);
      }
    };
    exports2.PortMessageReader = PortMessageReader;
    var PortMessageWriter = class extends api_1.AbstractMessageWriter {
      port;
      errorCount;
      constructor(port) {
        super(), this.port = port, this.errorCount = 0, port.on("close", () => this.fireClose()), port.on("error", (error) => this.fireError(error));
      }
      write(msg) {
        try {
          return this.port.postMessage(msg), Promise.resolve();
        } catch (error) {
          return this.handleError(error, msg), Promise.reject(error);
        }
      }
      handleError(error, msg) {
        this.errorCount++, this.fireError(error, msg, this.errorCount);
      }
      end() {
      }
    };
    exports2.PortMessageWriter = PortMessageWriter;
    var SocketMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(socket, encoding = "utf-8") {
        super((0, ril_1.default)().stream.asReadableStream(socket), encoding);
      }
    };
    exports2.SocketMessageReader = SocketMessageReader;
    var SocketMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      socket;
      constructor(socket, options) {
        super((0, ril_1.default)().stream.asWritableStream(socket), options), this.socket = socket;
      }
      dispose() {
        super.dispose(), this.socket.destroy();
      }
    };
    exports2.SocketMessageWriter = SocketMessageWriter;
    var StreamMessageReader = class extends api_1.ReadableStreamMessageReader {
      constructor(readable, encoding) {
        super((0, ril_1.default)().stream.asReadableStream(readable), encoding);
      }
    };
    exports2.StreamMessageReader = StreamMessageReader;
    var StreamMessageWriter = class extends api_1.WriteableStreamMessageWriter {
      constructor(writable, options) {
        super((0, ril_1.default)().stream.asWritableStream(writable), options);
      }
    };
    exports2.StreamMessageWriter = StreamMessageWriter;
    var XDG_RUNTIME_DIR = process.env.XDG_RUNTIME_DIR, safeIpcPathLengths = /* @__PURE__ */ new Map([
      ["linux", 107],
      ["darwin", 102]
    ]);
    function generateRandomPipeName() {
      if (process.platform === "win32")
        return `\\\\.\\pipe\\lsp-${(0, crypto_1.randomBytes)(16).toString("hex")}-sock`;
      let randomLength = 32, fixedLength = 10, tmpDir = fs10.realpathSync(XDG_RUNTIME_DIR ?? os2.tmpdir()), limit = safeIpcPathLengths.get(process.platform);
      if (limit !== void 0 && (randomLength = Math.min(limit - tmpDir.length - fixedLength, randomLength)), randomLength < 16)
        throw new Error(`Unable to generate a random pipe name with ${randomLength} characters.`);
      let randomSuffix = (0, crypto_1.randomBytes)(Math.floor(randomLength / 2)).toString("hex");
      return path26.join(tmpDir, `lsp-${randomSuffix}.sock`);
    }
    function createClientPipeTransport(pipeName, encoding = "utf-8") {
      let connectResolve, connected = new Promise((resolve10, _reject) => {
        connectResolve = resolve10;
      });
      return new Promise((resolve10, reject) => {
        let server = (0, net_1.createServer)((socket) => {
          server.close(), connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject), server.listen(pipeName, () => {
          server.removeListener("error", reject), resolve10({
            onConnected: () => connected
          });
        });
      });
    }
    function createServerPipeTransport(pipeName, encoding = "utf-8") {
      let socket = (0, net_1.createConnection)(pipeName);
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function createClientSocketTransport(port, encoding = "utf-8") {
      let connectResolve, connected = new Promise((resolve10, _reject) => {
        connectResolve = resolve10;
      });
      return new Promise((resolve10, reject) => {
        let server = (0, net_1.createServer)((socket) => {
          server.close(), connectResolve([
            new SocketMessageReader(socket, encoding),
            new SocketMessageWriter(socket, encoding)
          ]);
        });
        server.on("error", reject), server.listen(port, "127.0.0.1", () => {
          server.removeListener("error", reject);
          let address = server.address();
          if (address === null || typeof address == "string") {
            reject(new Error(`Unexpected server address: ${address}`));
            return;
          }
          let boundPort = address.port;
          resolve10({
            port: () => boundPort,
            onConnected: () => connected
          });
        });
      });
    }
    function createServerSocketTransport(port, encoding = "utf-8") {
      let socket = (0, net_1.createConnection)(port, "127.0.0.1");
      return [
        new SocketMessageReader(socket, encoding),
        new SocketMessageWriter(socket, encoding)
      ];
    }
    function isReadableStream(value) {
      let candidate = value;
      return candidate.read !== void 0 && candidate.addListener !== void 0;
    }
    function isWritableStream(value) {
      let candidate = value;
      return candidate.write !== void 0 && candidate.addListener !== void 0;
    }
    function createMessageConnection(input, output, logger, options) {
      logger || (logger = api_1.NullLogger);
      let reader = isReadableStream(input) ? new StreamMessageReader(input) : input, writer = isWritableStream(output) ? new StreamMessageWriter(output) : output;
      return api_1.ConnectionStrategy.is(options) && (options = { connectionStrategy: options }), (0, api_1.createMessageConnection)(reader, writer, logger, options);
    }
  }
});

// node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/node/main.js
var require_main2 = __commonJS({
  "node_modules/vscode-languageserver/node_modules/vscode-languageserver-protocol/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createProtocolConnection = createProtocolConnection;
    var node_1 = require_main();
    __exportStar(require_main(), exports2);
    __exportStar(require_api2(), exports2);
    function createProtocolConnection(input, output, logger, options) {
      return (0, node_1.createMessageConnection)(input, output, logger, options);
    }
  }
});

// node_modules/vscode-languageserver/lib/common/api.js
var require_api3 = __commonJS({
  "node_modules/vscode-languageserver/lib/common/api.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.ProposedFeatures = exports2.NotebookDocuments = exports2.TextDocuments = exports2.SemanticTokensBuilder = exports2.WorkDoneProgressReporter = void 0;
    var semanticTokens_1 = require_semanticTokens();
    Object.defineProperty(exports2, "SemanticTokensBuilder", { enumerable: !0, get: function() {
      return semanticTokens_1.SemanticTokensBuilder;
    } });
    var progress_1 = require_progress();
    Object.defineProperty(exports2, "WorkDoneProgressReporter", { enumerable: !0, get: function() {
      return progress_1.WorkDoneProgressReporter;
    } });
    __exportStar(require_api2(), exports2);
    var textDocuments_1 = require_textDocuments();
    Object.defineProperty(exports2, "TextDocuments", { enumerable: !0, get: function() {
      return textDocuments_1.TextDocuments;
    } });
    var notebook_1 = require_notebook();
    Object.defineProperty(exports2, "NotebookDocuments", { enumerable: !0, get: function() {
      return notebook_1.NotebookDocuments;
    } });
    __exportStar(require_server(), exports2);
    var ProposedFeatures2;
    (function(ProposedFeatures3) {
      ProposedFeatures3.all = {
        __brand: "features"
      };
    })(ProposedFeatures2 || (exports2.ProposedFeatures = ProposedFeatures2 = {}));
  }
});

// node_modules/vscode-languageserver/lib/node/main.js
var require_main3 = __commonJS({
  "node_modules/vscode-languageserver/lib/node/main.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result2, mod, k[i]);
        return __setModuleDefault(result2, mod), result2;
      };
    })(), __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Files = void 0;
    exports2.createConnection = createConnection2;
    var node_util_1 = require("node:util"), Is2 = __importStar(require_is()), server_1 = require_server(), fm = __importStar(require_files()), node_1 = require_main2();
    __exportStar(require_main2(), exports2);
    __exportStar(require_api3(), exports2);
    var Files;
    (function(Files2) {
      Files2.uriToFilePath = fm.uriToFilePath, Files2.resolveGlobalNodePath = fm.resolveGlobalNodePath, Files2.resolveGlobalYarnPath = fm.resolveGlobalYarnPath, Files2.resolve = fm.resolve, Files2.resolveModulePath = fm.resolveModulePath;
    })(Files || (exports2.Files = Files = {}));
    var _protocolConnection;
    function endProtocolConnection() {
      if (_protocolConnection !== void 0)
        try {
          _protocolConnection.end();
        } catch {
        }
    }
    var _shutdownReceived = !1, exitTimer;
    function setupExitTimer() {
      let argName = "--clientProcessId";
      function runTimer(value) {
        try {
          let processId = parseInt(value);
          isNaN(processId) || (exitTimer = setInterval(() => {
            try {
              process.kill(processId, 0);
            } catch {
              endProtocolConnection(), process.exit(_shutdownReceived ? 0 : 1);
            }
          }, 3e3));
        } catch {
        }
      }
      for (let i = 2; i < process.argv.length; i++) {
        let arg = process.argv[i];
        if (arg === argName && i + 1 < process.argv.length) {
          runTimer(process.argv[i + 1]);
          return;
        } else {
          let args = arg.split("=");
          args[0] === argName && runTimer(args[1]);
        }
      }
    }
    setupExitTimer();
    var watchDog = {
      initialize: (params) => {
        let processId = params.processId;
        Is2.number(processId) && exitTimer === void 0 && setInterval(() => {
          try {
            process.kill(processId, 0);
          } catch {
            process.exit(_shutdownReceived ? 0 : 1);
          }
        }, 3e3);
      },
      get shutdownReceived() {
        return _shutdownReceived;
      },
      set shutdownReceived(value) {
        _shutdownReceived = value;
      },
      exit: (code2) => {
        endProtocolConnection(), process.exit(code2);
      }
    };
    function createConnection2(arg1, arg2, arg3, arg4) {
      let factories, input, output, options;
      return arg1 !== void 0 && arg1.__brand === "features" && (factories = arg1, arg1 = arg2, arg2 = arg3, arg3 = arg4), node_1.ConnectionStrategy.is(arg1) || node_1.ConnectionOptions.is(arg1) ? options = arg1 : (input = arg1, output = arg2, options = arg3), _createConnection(input, output, options, factories);
    }
    function _createConnection(input, output, options, factories) {
      let stdio = !1;
      if (!input && !output && process.argv.length > 2) {
        let port, pipeName, argv = process.argv.slice(2);
        for (let i = 0; i < argv.length; i++) {
          let arg = argv[i];
          if (arg === "--node-ipc") {
            input = new node_1.IPCMessageReader(process), output = new node_1.IPCMessageWriter(process);
            break;
          } else if (arg === "--stdio") {
            stdio = !0, input = process.stdin, output = process.stdout;
            break;
          } else if (arg === "--socket") {
            port = parseInt(argv[i + 1]);
            break;
          } else if (arg === "--pipe") {
            pipeName = argv[i + 1];
            break;
          } else {
            let args = arg.split("=");
            if (args[0] === "--socket") {
              port = parseInt(args[1]);
              break;
            } else if (args[0] === "--pipe") {
              pipeName = args[1];
              break;
            }
          }
        }
        if (port) {
          let transport = (0, node_1.createServerSocketTransport)(port);
          input = transport[0], output = transport[1];
        } else if (pipeName) {
          let transport = (0, node_1.createServerPipeTransport)(pipeName);
          input = transport[0], output = transport[1];
        }
      }
      let commandLineMessage = "Use arguments of createConnection or set command line parameters: '--node-ipc', '--stdio' or '--socket={number}'";
      if (!input)
        throw new Error("Connection input stream is not set. " + commandLineMessage);
      if (!output)
        throw new Error("Connection output stream is not set. " + commandLineMessage);
      if (Is2.func(input.read) && Is2.func(input.on)) {
        let inputStream = input;
        inputStream.on("end", () => {
          endProtocolConnection(), process.exit(_shutdownReceived ? 0 : 1);
        }), inputStream.on("close", () => {
          endProtocolConnection(), process.exit(_shutdownReceived ? 0 : 1);
        });
      }
      let connectionFactory = (logger) => {
        let result2 = (0, node_1.createProtocolConnection)(input, output, logger, options);
        return stdio && patchConsole(logger), result2;
      };
      return (0, server_1.createConnection)(connectionFactory, watchDog, factories);
    }
    function patchConsole(logger) {
      function serialize(args) {
        return args.map((arg) => typeof arg == "string" ? arg : (0, node_util_1.inspect)(arg)).join(" ");
      }
      let counters = /* @__PURE__ */ new Map();
      console.assert = function(assertion, ...args) {
        if (!assertion)
          if (args.length === 0)
            logger.error("Assertion failed");
          else {
            let [message2, ...rest] = args;
            logger.error(`Assertion failed: ${message2} ${serialize(rest)}`);
          }
      }, console.count = function(label = "default") {
        let message2 = String(label), counter = counters.get(message2) ?? 0;
        counter += 1, counters.set(message2, counter), logger.log(`${message2}: ${message2}`);
      }, console.countReset = function(label) {
        label === void 0 ? counters.clear() : counters.delete(String(label));
      }, console.debug = function(...args) {
        logger.log(serialize(args));
      }, console.dir = function(arg, options) {
        logger.log((0, node_util_1.inspect)(arg, options));
      }, console.log = function(...args) {
        logger.log(serialize(args));
      }, console.error = function(...args) {
        logger.error(serialize(args));
      }, console.trace = function(...args) {
        let stack = new Error().stack.replace(/(.+\n){2}/, ""), message2 = "Trace";
        args.length !== 0 && (message2 += `: ${serialize(args)}`), logger.log(`${message2}
${stack}`);
      }, console.warn = function(...args) {
        logger.warn(serialize(args));
      }, console.info = function(...args) {
        logger.info(serialize(args));
      };
    }
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
function mergeSort(data, compare) {
  if (data.length <= 1)
    return data;
  let p = data.length / 2 | 0, left = data.slice(0, p), right = data.slice(p);
  mergeSort(left, compare), mergeSort(right, compare);
  let leftIdx = 0, rightIdx = 0, i = 0;
  for (; leftIdx < left.length && rightIdx < right.length; )
    compare(left[leftIdx], right[rightIdx]) <= 0 ? data[i++] = left[leftIdx++] : data[i++] = right[rightIdx++];
  for (; leftIdx < left.length; )
    data[i++] = left[leftIdx++];
  for (; rightIdx < right.length; )
    data[i++] = right[rightIdx++];
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  let result2 = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    let ch = text.charCodeAt(i);
    isEOL(ch) && (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10 && i++, result2.push(textOffset + i + 1));
  }
  return result2;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  let start = range.start, end = range.end;
  return start.line > end.line || start.line === end.line && start.character > end.character ? { start: end, end: start } : range;
}
function getWellformedEdit(textEdit) {
  let range = getWellformedRange(textEdit.range);
  return range !== textEdit.range ? { newText: textEdit.newText, range } : textEdit;
}
var FullTextDocument2, TextDocument2, init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version2, content) {
        this._uri = uri, this._languageId = languageId, this._version = version2, this._content = content, this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          let start = this.offsetAt(range.start), end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version2) {
        for (let change of changes)
          if (_FullTextDocument.isIncremental(change)) {
            let range = getWellformedRange(change.range), startOffset = this.offsetAt(range.start), endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            let insertedEndOffset = startOffset + change.text.length, crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10, crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            let startLine = Math.max(range.start.line, 0), endLine = Math.max(range.end.line, 0), lineOffsets = this._lineOffsets, addedLineOffsets = computeLineOffsets(change.text, !1, startOffset);
            if (endLine - startLine === addedLineOffsets.length)
              for (let i = 0, len = addedLineOffsets.length; i < len; i++)
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
            else
              addedLineOffsets.length < 1e4 ? lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets) : this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
            let diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0)
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++)
                lineOffsets[i] = lineOffsets[i] + diff;
          } else if (_FullTextDocument.isFull(change))
            this._content = change.text, this._lineOffsets = void 0;
          else
            throw new Error("Unknown change event received");
        this._version = version2;
      }
      getLineOffsets() {
        return this._lineOffsets === void 0 && (this._lineOffsets = computeLineOffsets(this._content, !0)), this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        let lineOffsets = this.getLineOffsets(), low = 0, high = lineOffsets.length;
        if (high === 0)
          return { line: 0, character: offset };
        for (; low < high; ) {
          let mid = Math.floor((low + high) / 2);
          lineOffsets[mid] > offset ? high = mid : low = mid + 1;
        }
        let line = low - 1;
        return offset = this.ensureBeforeEOL(offset, lineOffsets[line]), { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        let lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length)
          return this._content.length;
        if (position.line < 0)
          return 0;
        let lineOffset = lineOffsets[position.line];
        if (position.character <= 0)
          return lineOffset;
        let nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length, offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          let lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0)
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        let startOffset = lineOffsets[line], nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        let lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length)
          return "";
        if (line < 0)
          return "";
        let nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length, eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        for (; offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1)); )
          offset--;
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength == "number");
      }
      static isFull(event) {
        let candidate = event;
        return candidate != null && typeof candidate.text == "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version2, content) {
        return new FullTextDocument2(uri, languageId, version2, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version2) {
        if (document instanceof FullTextDocument2)
          return document.update(changes, version2), document;
        throw new Error("TextDocument.update: document must be created by TextDocument.create");
      }
      TextDocument3.update = update;
      function applyEdits2(document, edits) {
        let text = document.getText(), sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          let diff = a.range.start.line - b.range.start.line;
          return diff === 0 ? a.range.start.character - b.range.start.character : diff;
        }), lastModifiedOffset = 0, spans = [];
        for (let e of sortedEdits) {
          let startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset)
            throw new Error("Overlapping edit");
          startOffset > lastModifiedOffset && spans.push(text.substring(lastModifiedOffset, startOffset)), e.newText.length && spans.push(e.newText), lastModifiedOffset = document.offsetAt(e.range.end);
        }
        return spans.push(text.substr(lastModifiedOffset)), spans.join("");
      }
      TextDocument3.applyEdits = applyEdits2;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// server/src/core/itemFindings.ts
function outlineOf(items, nested = !1) {
  let parts = [];
  for (let n of items) {
    if (n.type === "line_comment" || n.type === "block_comment" || nested && n.type === "attribute_item") continue;
    let body = NESTING.has(n.type) ? n.childForFieldName("body") : null, own = body ?? (OWN_PART[n.type] ? n.childForFieldName(OWN_PART[n.type]) : null), text = n.text, inner = body ? `{${outlineOf(body.namedChildren, !0)}}` : "";
    parts.push(own ? text.slice(0, own.startIndex - n.startIndex) + inner + text.slice(own.endIndex - n.startIndex) : text);
  }
  return parts.join("\0").replace(/[ \t]+(?=\r|\n|$)/g, "").replace(/[ \t]+/g, " ");
}
function unitsOf(nodes, header, out) {
  let unit = (us, head = header) => ({ nodes: us, key: [head, ...us.map((u) => u.text)].join("\0"), member: !!header }), attrs = [];
  for (let n of nodes) {
    if (n.type === "attribute_item") {
      attrs.push(n);
      continue;
    }
    let body = SPLIT.has(n.type) && !header ? n.childForFieldName("body") : null;
    if (body) {
      let headerText = n.text.slice(0, body.startIndex - n.startIndex);
      out.push(unit([...attrs, ...n.namedChildren.filter((c) => c.id !== body.id)], `${headerText}`)), unitsOf(body.namedChildren, headerText, out);
    } else
      out.push(unit([...attrs, n]));
    attrs = [];
  }
  return attrs.length && out.push(unit(attrs)), out;
}
function positionsOf(f) {
  return [f.range, ...f.related.filter((r) => r.file === f.file).map((r) => r.range)].flatMap((r) => [r.start, r.end]);
}
function moveFinding(f, move) {
  let range = (r) => ({ start: move(r.start), end: move(r.end) });
  return {
    ...f,
    range: range(f.range),
    related: f.related.map((r) => r.file === f.file ? { ...r, range: range(r.range) } : r),
    fixes: f.fixes.map((fix2) => lazyFix(fix2.title, () => fix2.edits.map((fe) => fe.file === f.file ? { ...fe, edits: fe.edits.map((e) => ({ ...e, range: range(e.range) })) } : fe), { preferred: fix2.preferred, editsImports: fix2.editsImports }))
  };
}
function relativeTo(start) {
  return (p) => ({ line: p.line - start.line, character: p.line === start.line ? p.character - start.character : p.character });
}
function absoluteFrom(start) {
  return (p) => ({ line: p.line + start.line, character: p.line === 0 ? p.character + start.character : p.character });
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.character <= b.character;
}
var OWN_PART, NESTING, SPLIT, ItemFindings, init_itemFindings = __esm({
  "server/src/core/itemFindings.ts"() {
    "use strict";
    init_model();
    OWN_PART = { function_item: "body", const_item: "value", static_item: "value" }, NESTING = /* @__PURE__ */ new Set(["impl_item", "trait_item", "mod_item", "foreign_mod_item"]), SPLIT = /* @__PURE__ */ new Set(["impl_item", "trait_item"]);
    ItemFindings = class {
      /** `provisional`: whether some kept findings read an answer that may change once `complete`. */
      context;
      byKey = /* @__PURE__ */ new Map();
      /**
       * The findings of `items` (the file's top-level nodes, in order) before suppression: those
       * of units seen unchanged since the last call are reused, `analyse` computes the others.
       * `project` and `settings` stand for everything outside the file the findings depend on,
       * but what `partial` completes: once it has, only findings that read a provisional answer
       * are computed again (all of them, as any unit may have read it).
       */
      findings(project, settings, items, analyse, partial) {
        let outline = outlineOf(items), complete = partial?.complete ?? !0, c = this.context;
        (!c || c.project !== project || c.settings !== settings || c.outline !== outline || c.provisional && c.complete !== complete) && (this.context = { project, settings, outline, complete, provisional: !1 }, this.byKey.clear()), this.context.complete = complete;
        let next = /* @__PURE__ */ new Map(), out = [], missed = [];
        for (let unit of unitsOf(items, "", [])) {
          if (!unit.nodes.length) continue;
          let first = unit.nodes[0].startPosition, last = unit.nodes[unit.nodes.length - 1].endPosition, start = { line: first.row, character: first.column }, kept = next.get(unit.key) ?? this.byKey.get(unit.key);
          kept ? (next.set(unit.key, kept), out.push(...kept.map((f) => moveFinding(f, absoluteFrom(start))))) : missed.push({ ...unit, start, end: { line: last.row, character: last.column }, found: [] });
        }
        if (this.byKey = next, !missed.length) return out;
        let provisional = partial?.provisional, found = analyse(missed.flatMap((u) => u.nodes));
        partial && partial.provisional !== provisional && (this.context.provisional = !0);
        for (let f of found)
          (missed.find((u) => before(u.start, f.range.start) && before(f.range.start, u.end))?.found ?? out).push(f);
        for (let { key: key2, member, start, end, found: found2 } of missed)
          out.push(...found2), found2.every((f) => (!member || !f.fixes.length) && !f.fixes.some((x) => x.editsImports) && positionsOf(f).every((p) => before(start, p) && before(p, end))) && next.set(key2, found2.map((f) => moveFinding(f, relativeTo(start))));
        return out;
      }
    };
  }
});

// server/src/core/features/warmUp.ts
function rustBindingNames(file, tree, project) {
  let resolver = rustResolver(file, tree, project), names = /* @__PURE__ */ new Set();
  for (let path26 of tree.rootNode.descendantsOfType(["scoped_identifier", "scoped_type_identifier"])) {
    let name = path26.childForFieldName("name"), sym = name && rustSymbolOf(name, resolver, project.model.mapping);
    sym?.kind === "binding" && names.add(sym.name);
  }
  return names;
}
function helperBindingNames(text, project) {
  let names = /* @__PURE__ */ new Set();
  for (let m of text.matchAll(/\brust_helper_(\w+)/g)) project.index.helpers.byName.has(HELPER_PREFIX + m[1]) && names.add(m[1]);
  return names;
}
function* warmUpSteps(file, language, text, tree, project) {
  let names = language === "rust" ? rustBindingNames(file, tree, project) : helperBindingNames(text, project);
  yield, loadCGrammar(), yield;
  for (let name of names) bindingItem(name, project);
  yield;
  let helpers = project.index.helpers;
  yield;
  let cNames = [];
  for (let name of names) {
    if (!project.index.bindings.functions.has(name)) continue;
    project.index.kernel.uses(name), project.index.bindings.helperFunctions.get(name), cNames.push(name);
    let forwarded = helpers.byRustName.get(name)?.forwardsTo;
    forwarded && cNames.push(forwarded), yield;
  }
  yield* project.index.headers.prepare(cNames);
}
function* fixSteps(findings) {
  for (let f of findings)
    for (let fix2 of f.fixes)
      fix2.edits, yield;
}
var init_warmUp = __esm({
  "server/src/core/features/warmUp.ts"() {
    "use strict";
    init_parse();
    init_helpers();
    init_definition();
    init_ffiSymbol();
  }
});

// server/src/host/rustSources.ts
var fs8, path23, TreeRustSources, init_rustSources = __esm({
  "server/src/host/rustSources.ts"() {
    "use strict";
    fs8 = __toESM(require("node:fs")), path23 = __toESM(require("node:path"));
    init_tree();
    init_files();
    TreeRustSources = class {
      constructor(model, openText = () => {
      }) {
        this.model = model;
        this.openText = openText;
      }
      model;
      openText;
      files;
      /** Texts read, with the size and mtime they were read at. */
      read = /* @__PURE__ */ new Map();
      /** Every `.rs` file of srctree except bindgen's output, which holds no uses. */
      list() {
        if (!this.files) {
          let generated = new Set(Object.values(GENERATED_FILES).map((g) => path23.join(this.model.srctree, g)));
          this.files = listFiles(this.model.srctree, [".rs"]).filter((f) => !generated.has(f));
        }
        return this.files;
      }
      *texts() {
        for (let file of this.list()) {
          let open = this.openText(file);
          if (open !== void 0) {
            yield { file, text: open };
            continue;
          }
          let text = this.textOnDisk(file);
          text !== void 0 && (yield { file, text });
        }
      }
      textOnDisk(file) {
        let st = fs8.statSync(file, { throwIfNoEntry: !1 }), kept = this.read.get(file);
        if (kept && st && st.size === kept.size && st.mtimeMs === kept.mtimeMs) return kept.text;
        let r = readText(file);
        if (!r.ok) {
          this.read.delete(file);
          return;
        }
        return this.read.set(file, { size: r.stamp.size, mtimeMs: r.stamp.mtimeMs, text: r.text }), r.text;
      }
    };
  }
});

// server/src/host/treeWatcher.ts
function indexInputFolders(model) {
  let folders = [
    model.srctree,
    path24.join(model.srctree, "rust"),
    path24.join(model.srctree, HELPERS_DIR),
    ...Object.values(GENERATED_FILES).map((g) => path24.dirname(path24.join(model.objtree, g)))
  ];
  return [...new Set(folders)].filter(isDir);
}
var fs9, path24, SETTLE_MS, TreeWatcher, init_treeWatcher = __esm({
  "server/src/host/treeWatcher.ts"() {
    "use strict";
    fs9 = __toESM(require("node:fs")), path24 = __toESM(require("node:path"));
    init_tree();
    init_files();
    SETTLE_MS = 150;
    TreeWatcher = class {
      /** `onChange` gets the files changed in the watched folders, once they have settled. */
      constructor(onChange) {
        this.onChange = onChange;
      }
      onChange;
      watchers = [];
      changed = /* @__PURE__ */ new Set();
      timer;
      /** Watches `folders`, replacing what was watched before. */
      watch(folders) {
        this.close();
        let result2 = { watched: [], failed: [] };
        for (let folder of folders)
          try {
            let w = fs9.watch(folder, { persistent: !1 }, (_event, name) => name && this.note(path24.join(folder, name.toString())));
            w.on("error", () => w.close()), this.watchers.push(w), result2.watched.push(folder);
          } catch (e) {
            result2.failed.push({ folder, reason: e.code ?? String(e) });
          }
        return result2;
      }
      close() {
        for (let w of this.watchers) w.close();
        this.watchers = [], clearTimeout(this.timer), this.timer = void 0, this.changed.clear();
      }
      note(file) {
        this.changed.add(file), clearTimeout(this.timer), this.timer = setTimeout(() => {
          let files = [...this.changed];
          this.changed.clear(), this.onChange(files);
        }, SETTLE_MS);
      }
    };
  }
});

// server/src/lsp/documentTrees.ts
function endOf(start, text) {
  let lines = text.split(/\r\n|\r|\n/);
  return lines.length === 1 ? { row: start.row, column: start.column + text.length } : { row: start.row + lines.length - 1, column: lines[lines.length - 1].length };
}
var DocumentTrees, init_documentTrees = __esm({
  "server/src/lsp/documentTrees.ts"() {
    "use strict";
    init_main2();
    init_analyze();
    DocumentTrees = class {
      trees = /* @__PURE__ */ new Map();
      /** Applies `changes` to `doc` (as TextDocuments does), editing the document's tree to match. */
      update = (doc, changes, version2) => {
        let entry = this.trees.get(doc.uri), cur = doc;
        for (let change of changes) {
          if (!entry || !("range" in change))
            this.trees.delete(doc.uri);
          else {
            let startIndex = cur.offsetAt(change.range.start), oldEndIndex = cur.offsetAt(change.range.end), startPosition = cur.positionAt(startIndex), start = { row: startPosition.line, column: startPosition.character }, oldEnd = cur.positionAt(oldEndIndex);
            entry.tree.edit({
              startIndex,
              oldEndIndex,
              newEndIndex: startIndex + change.text.length,
              startPosition: start,
              oldEndPosition: { row: oldEnd.line, column: oldEnd.character },
              newEndPosition: endOf(start, change.text)
            });
          }
          cur = TextDocument2.update(cur, [change], version2);
        }
        return cur;
      };
      /** The tree of `doc` at its current version, parsed incrementally from the last one. */
      treeOf(file, doc) {
        let language = languageOf(file);
        if (!language) return;
        let old = this.trees.get(doc.uri);
        if (old?.version === doc.version) return old.tree;
        let tree = parseFor(language, doc.getText(), old?.tree);
        return this.trees.set(doc.uri, { version: doc.version, tree }), tree;
      }
      forget(uri) {
        this.trees.delete(uri);
      }
    };
  }
});

// server/src/lsp/convert.ts
function uriToPath(uri) {
  if (uri.startsWith("file:"))
    try {
      return (0, import_node_url.fileURLToPath)(uri);
    } catch {
      return;
    }
}
function pathToUri(p) {
  return (0, import_node_url.pathToFileURL)(p).href;
}
function toDiagnostic(f) {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: f.docs },
    source: SOURCE,
    message: f.message,
    relatedInformation: f.related.length ? f.related.map((r) => ({ location: { uri: pathToUri(r.file), range: r.range }, message: r.message })) : void 0
  };
}
function toWorkspaceEdit(fix2, documentChanges, versionOf) {
  if (!documentChanges) {
    if (fix2.edits.some((e) => e.create)) return;
    let changes = {};
    for (let fe of fix2.edits) changes[pathToUri(fe.file)] = [...changes[pathToUri(fe.file)] ?? [], ...fe.edits];
    return { changes };
  }
  let ops = [];
  for (let fe of fix2.edits) {
    let uri = pathToUri(fe.file);
    fe.create && ops.push({ kind: "create", uri, options: { ignoreIfExists: !0 } }), ops.push({ textDocument: { uri, version: fe.create ? null : versionOf(uri) }, edits: fe.edits });
  }
  return { documentChanges: ops };
}
var import_node_url, import_node, SEVERITY, SOURCE, init_convert = __esm({
  "server/src/lsp/convert.ts"() {
    "use strict";
    import_node_url = require("node:url"), import_node = __toESM(require_main3());
    SEVERITY = {
      error: import_node.DiagnosticSeverity.Error,
      warning: import_node.DiagnosticSeverity.Warning,
      information: import_node.DiagnosticSeverity.Information,
      hint: import_node.DiagnosticSeverity.Hint
    }, SOURCE = "rfl-ffi";
  }
});

// server/src/lsp/helperActions.ts
function calleeAt(line, character) {
  for (let m of line.matchAll(/[A-Za-z_]\w*(?=\s*\()/g))
    if (m.index <= character && character <= m.index + m[0].length) return m[0];
}
var import_node2, GENERATE_HELPER_COMMAND, HelperActions, init_helperActions = __esm({
  "server/src/lsp/helperActions.ts"() {
    "use strict";
    import_node2 = __toESM(require_main3());
    init_generateHelper();
    init_helpers();
    init_tree();
    init_convert();
    init_headerLookup();
    GENERATE_HELPER_COMMAND = "rfl-ffi.generateHelper";
    HelperActions = class {
      constructor(connection, versionOf) {
        this.connection = connection;
        this.versionOf = versionOf;
      }
      connection;
      versionOf;
      documentChanges = !1;
      disabledSupport = !1;
      initialize(params) {globalThis.__M?.("initialize");
        let caps = params.capabilities;
        this.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === !0, this.disabledSupport = caps.textDocument?.codeAction?.disabledSupport === !0;
      }
      /** The helper for the declaration whose name is under the cursor in header `uri`, when the header defines one. */
      helperAt(project, uri, text, range) {
        let file = uriToPath(uri);
        if (!file?.endsWith(".h")) return;
        let line = text.split(/\r\n|\r|\n/)[range.start.line] ?? "", name = calleeAt(line, range.start.character);
        return name && !name.startsWith(HELPER_PREFIX) ? this.helperIn(project, name, file) : void 0;
      }
      helperIn(project, name, file) {
        let decl = wrappableDecl(project.index.headers.find(name).filter((d) => d.file === file));
        return decl && generateHelper(project.model, project.index, decl);
      }
      /** Cheap: the header lookup is cached and the edits wait for `resolve`. */
      codeActions(project, uri, text, range) {
        if (!project || text === void 0) return [];
        let generated = this.helperAt(project, uri, text, range);
        if (!generated) return [];
        if (!generated.ok) {
          if (!this.disabledSupport) return [];
          let action2 = import_node2.CodeAction.create("Generate C helper", import_node2.CodeActionKind.Refactor);
          return action2.disabled = { reason: generated.reason }, [action2];
        }
        let action = import_node2.CodeAction.create(generated.fix.title, import_node2.CodeActionKind.Refactor), data = { generateHelper: generated.decl.name, uri };
        return action.data = data, [action];
      }
      /** Whether `action` is one of ours (the server's own quick fixes carry other data). */
      owns(action) {
        return typeof action.data?.generateHelper == "string";
      }
      resolve(project, action) {
        let data = action.data, file = uriToPath(data.uri), generated = project && file ? this.helperIn(project, data.generateHelper, file) : void 0;
        return generated?.ok && (action.edit = toWorkspaceEdit(generated.fix, this.documentChanges, this.versionOf)), action;
      }
      /** `rfl-ffi.generateHelper NAME`: generates and applies the helper, or fails with a message that says why. */
      async execute(project, params) {
        let name = params.arguments?.[0];
        if (params.command !== GENERATE_HELPER_COMMAND || typeof name != "string" || !/^[A-Za-z_]\w*$/.test(name))
          throw new import_node2.ResponseError(
            import_node2.ErrorCodes.InvalidParams,
            `rfl-ffi: ${GENERATE_HELPER_COMMAND} takes one argument, the name of a \`static inline\` function or function-like macro`
          );
        if (!project) throw new import_node2.ResponseError(import_node2.LSPErrorCodes.RequestFailed, `rfl-ffi: ${name}: no kernel tree is loaded`);
        await headersRead(project.index.headers);
        let generated = generateHelperFor(project.model, project.index, name);
        if (!generated.ok) throw new import_node2.ResponseError(import_node2.LSPErrorCodes.RequestFailed, `rfl-ffi: ${name}: ${generated.reason}`);
        let edit = toWorkspaceEdit(generated.fix, this.documentChanges, this.versionOf);
        if (!edit)
          throw new import_node2.ResponseError(
            import_node2.LSPErrorCodes.RequestFailed,
            `rfl-ffi: ${name}: the helper goes into a new file, and the editor cannot create files (workspaceEdit.documentChanges)`
          );
        let applied = await this.connection.workspace.applyEdit({ label: generated.fix.title, edit }), helper = HELPER_PREFIX + name, file = relativeToTree(project.model, generated.file);
        if (!applied.applied)
          throw new import_node2.ResponseError(
            import_node2.LSPErrorCodes.RequestFailed,
            `rfl-ffi: ${name}: the editor did not apply the edit${applied.failureReason ? ` (${applied.failureReason})` : ""}`
          );
        return { helper, file, message: `Generated \`${helper}\` in ${file}` };
      }
    };
  }
});

// server/src/lsp/background.ts
var BackgroundWork, init_background = __esm({
  "server/src/lsp/background.ts"() {
    "use strict";
    BackgroundWork = class {
      /**
       * `failed` hears of a step that threw: its task is dropped, the others go on. `allowed`
       * may hold back kinds of task (the server's debug request does, for tests).
       */
      constructor(idle, failed, allowed = () => !0) {
        this.idle = idle;
        this.failed = failed;
        this.allowed = allowed;
      }
      idle;
      failed;
      allowed;
      tasks = [];
      running = !1;
      /** Whether a task of `kind` (of any kind by default) is queued or under way. */
      pending(kind) {
        return this.tasks.some((t) => kind === void 0 || t.kind === kind);
      }
      /** Queues `steps`; `first` puts them ahead of the others (a file just opened). `done` gets what the generator returns. */
      add(kind, steps, options = {}) {
        let task = { kind, steps, done: options.done };
        options.first ? this.tasks.unshift(task) : this.tasks.push(task), this.running || (this.running = !0, this.run());
      }
      /** Drops every queued task (the project they were for is gone). */
      clear() {
        this.tasks = [];
      }
      drop(task) {
        let at = this.tasks.indexOf(task);
        at >= 0 && this.tasks.splice(at, 1);
      }
      async run() {
        try {
          for (; this.tasks.length; ) {
            await this.idle();
            let task = this.tasks.find((t) => this.allowed(t.kind));
            if (!task) {
              await new Promise((resolve10) => setTimeout(resolve10, 10));
              continue;
            }
            let r;
            try {
              r = task.steps.next();
            } catch (e) {
              this.drop(task), this.failed(e);
              continue;
            }
            r.done && (this.drop(task), task.done?.(r.value));
          }
        } finally {
          this.running = !1;
        }
      }
    };
  }
});

// server/src/lsp/server.ts
var server_exports = {};
__export(server_exports, {
  COMMANDS: () => COMMANDS2,
  DEBUG_REQUEST: () => DEBUG_REQUEST,
  RflFfiServer: () => RflFfiServer,
  TREE_STATUS: () => TREE_STATUS,
  startServer: () => startServer
});
function affectsIndex(rel2) {
  return rel2.startsWith("rust/helpers/") || rel2 === "rust/helpers.c" || rel2.startsWith("rust/kernel/") || rel2 === "rust/bindings/lib.rs" || rel2 === "rust/ffi.rs" || rel2 === "Documentation/rust/arch-support.rst" || rel2 === "rust-project.json" || Object.values(GENERATED_FILES).some((g) => rel2.endsWith(g));
}
function before2(a, b) {
  return a.line < b.line || a.line === b.line && a.character < b.character;
}
function touches(a, b) {
  return !before2(a.end, b.start) && !before2(b.end, a.start);
}
function isSettings(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v);
}
function* once(work) {
  work();
}
function toLocations(locations) {
  return locations.map((l) => ({ uri: pathToUri(l.file), range: l.range }));
}
function startServer(connection = (globalThis.__M?.("startServer"),0) || (0, import_node3.createConnection)(import_node3.ProposedFeatures.all, {
  messageStrategy: {
    handleMessage(message2, next) {
      return dispatched.count++, next(message2);
    }
  }
})) {
  process.on("uncaughtException", (e) => connection.console.error(`rfl-ffi: internal error: ${e.stack ?? String(e)}`)), process.on("unhandledRejection", (e) => connection.console.error(`rfl-ffi: internal error: ${e instanceof Error ? e.stack : String(e)}`));
  let server = new RflFfiServer(connection);
  return connection.listen(), server;
}
var path25, import_node3, IDLE_MS, MAX_DEFERRED_TURNS, dispatched, COMMANDS2, TREE_STATUS, DEBUG_REQUEST, RflFfiServer, init_server = __esm({
  "server/src/lsp/server.ts"() {
    "use strict";
    path25 = __toESM(require("node:path")), import_node3 = __toESM(require_main3());
    init_main2();
    init_analyze();
    init_ffiSymbol();
    init_hover();
    init_definition();
    init_references();
    init_archTable();
    init_itemFindings();
    init_parse();
    init_bindingsScanner();
    init_warmUp();
    init_tree();
    init_kernelTree();
    init_codeCache();
    init_files();
    init_headerLookup();
    init_headerModel();
    init_indexCache();
    init_rustSources();
    init_treeWatcher();
    init_treeInfo();
    init_documentTrees();
    init_version();
    init_convert();
    init_helperActions();
    init_background();
    IDLE_MS = 30, MAX_DEFERRED_TURNS = 64, dispatched = { count: 0 }, COMMANDS2 = {
      reindex: "rfl-ffi.reindex",
      treeInfo: "rfl-ffi.treeInfo"
    }, TREE_STATUS = new import_node3.NotificationType("rfl-ffi/treeStatus"), DEBUG_REQUEST = "rfl-ffi/debug";
    RflFfiServer = class {
      constructor(connection) {
        this.connection = connection;
        this.helperActions = new HelperActions(connection, this.versionOf), connection.onInitialize((p) => this.initialize(p)), connection.onInitialized(() => this.initialized()), connection.onCodeAction((p) => this.active([
          ...this.codeActions(p.textDocument.uri, p.range, p.context.diagnostics),
          ...this.helperActions.codeActions(this.project, p.textDocument.uri, this.documents.get(p.textDocument.uri)?.getText(), p.range)
        ])), connection.onCodeActionResolve((a) => this.active(this.helperActions.owns(a) ? this.helperActions.resolve(this.project, a) : this.resolveAction(a))), connection.onHover(async (p) => (await this.loading, this.active(this.hover(p)))), connection.onDefinition(async (p) => (await this.loading, this.active(this.definition(p)))), connection.onReferences(async (p) => (await this.loading, this.active(this.references(p, p.context.includeDeclaration)))), connection.onExecuteCommand((p) => p.command === GENERATE_HELPER_COMMAND ? this.helperActions.execute(this.project, p) : this.executeCommand(p.command)), connection.onDidChangeWatchedFiles((p) => this.filesChanged(p.changes.map((c) => uriToPath(c.uri)).filter((f) => !!f))), connection.onShutdown(() => {
          this.watcher.close(), this.cache?.save();
        }), connection.onDidChangeConfiguration((p) => {
          let pushed = p.settings?.rflFfi;
          isSettings(pushed) ? this.takeClientSettings(pushed) && this.reload() : this.askSettings().then((changed) => changed && this.reload());
        }), this.documents.onDidOpen((e) => this.documentOpened(e.document.uri)), this.documents.onDidChangeContent((e) => this.schedule(e.document.uri)), this.documents.onDidClose((e) => {
          this.analyzed.delete(e.document.uri), this.itemFindings.delete(e.document.uri), this.trees.forget(e.document.uri), connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
        }), this.documents.listen(connection), process.env.RFL_FFI_DEBUG === "1" && connection.onRequest(DEBUG_REQUEST, (p) => this.debug(p));
      }
      connection;
      trees = new DocumentTrees();
      documents = new import_node3.TextDocuments({ create: TextDocument2.create, update: this.trees.update });
      project;
      rustSources;
      /** The index parts of the loaded tree, so a reload after a file changed on disk redoes only that file. */
      cache;
      /** The settings in effect: the client's (`workspace/configuration` or pushed) over the initialization options. */
      settings = {};
      initSettings = {};
      /** Set once the client's settings are known (asked for after `initialized`); a document opened before waits. */
      configured = !1;
      folders = [];
      analyzed = /* @__PURE__ */ new Map();
      /** Per open document, the findings of its items, so an edit re-analyses only the items it changed. */
      itemFindings = /* @__PURE__ */ new Map();
      pending = /* @__PURE__ */ new Set();
      /**
       * When the user was last at work: a document changed or opened, a request on one answered,
       * or the diagnostics of a change published. Background work runs only IDLE_MS after it.
       */
      lastActive = 0;
      flushScheduled = !1;
      /** Counts the flushes scheduled, so that one taken on a request's path ends the turns waited for it. */
      flushes = 0;
      saidNotes = /* @__PURE__ */ new Set();
      clientCaps = { progress: !1, resolve: !1, documentChanges: !1, watchers: !1, configuration: !1 };
      /** Watches what the client does not watch for us (see treeWatcher.ts). */
      watcher = new TreeWatcher((files) => this.filesChanged(files));
      reindexSaid = !1;
      noTreeSaid = !1;
      /** The load in progress; documents are analysed once it settles. */
      loading;
      /** A tree to load again because something changed while the last load ran. */
      loadAgain;
      helperActions;
      /** What the first requests need, the tree status and the headers, prepared in the pauses of typing. */
      background = new BackgroundWork(
        () => this.idle(),
        (e) => this.internalError("background work", e),
        (kind) => this.debugBackground === "run" || this.debugBackground === "documents" && kind === "document"
      );
      /** Set when V8's code cache is to be written after the next diagnostics (see `flush`). */
      codeCacheDue = !1;
      /** Set by the debug request: which background work may run. */
      debugBackground = "run";
      debug(p) {
        p?.background && (this.debugBackground = p.background);
        let outlines;
        if (p?.outlines) {
          outlines = {};
          for (let f of this.project?.index.bindings.files ?? [])
            f instanceof BindingsOutline && (outlines[f.file] = sha1().update(f.toData()).digest("hex"));
        }
        return {
          parses: { ...parseCounts },
          filesRead: readCounts.files,
          documentsPrepared: !this.background.pending("document"),
          backgroundFinished: !this.background.pending(),
          outlines,
          codeCache: codeCache() && { state: codeCache().state, file: codeCache().file }
        };
      }
      internalError(what, e) {
        this.connection.console.error(`rfl-ffi: internal error in ${what}: ${e instanceof Error ? e.stack : String(e)}`);
      }
      initialize(params) {
        let caps = params.capabilities;
        this.clientCaps = {
          progress: caps.window?.workDoneProgress === !0,
          resolve: caps.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === !0,
          documentChanges: caps.workspace?.workspaceEdit?.documentChanges === !0,
          watchers: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === !0,
          configuration: caps.workspace?.configuration === !0
        }, this.helperActions.initialize(params), this.initSettings = isSettings(params.initializationOptions) ? params.initializationOptions : {}, this.settings = this.initSettings, this.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p) => !!p);
        let root = params.rootUri ? uriToPath(params.rootUri) : params.rootPath ?? void 0;
        return !this.folders.length && root && (this.folders = [root]), this.folders.length && setImmediate(() => this.prepare()), {
          capabilities: {
            textDocumentSync: { openClose: !0, change: import_node3.TextDocumentSyncKind.Incremental },
            codeActionProvider: { codeActionKinds: [import_node3.CodeActionKind.QuickFix, import_node3.CodeActionKind.Refactor], resolveProvider: !0 },
            hoverProvider: !0,
            definitionProvider: !0,
            referencesProvider: !0,
            executeCommandProvider: { commands: [...Object.values(COMMANDS2), GENERATE_HELPER_COMMAND] }
          },
          serverInfo: { name: "rfl-ffi", version: VERSION }
        };
      }
      /** What every load of a tree needs first, loaded ahead of it (see `initialize`). */
      prepare() {
        try {
          sha1(), loadRustGrammar();
        } catch (e) {
          this.internalError("preparing the first load", e);
        }
      }
      async initialized() {globalThis.__M?.("initialized");
        let progress = this.clientCaps.progress ? this.connection.window.createWorkDoneProgress().catch(() => {
        }) : void 0;
        await this.askSettings(), this.configured = !0;
        let tree = this.settings.tree ? this.configuredTree() : this.folders.map(findSrctree).find(Boolean);
        if (tree) this.requestLoad(tree, progress);
        else if (this.settings.tree) this.sayNoTree({ warned: !0 });
        else {
          let incomplete = this.folders.find((f) => incompleteTree(f));
          incomplete ? this.sayNoTree({ where: incomplete }) : this.documents.all().length || this.connection.sendNotification(TREE_STATUS, null);
          for (let d of this.documents.all()) this.documentOpened(d.uri);
        }
        this.clientCaps.watchers && this.connection.client.register(import_node3.DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: "**/rust/helpers/*.c" },
            { globPattern: "**/rust/helpers.c" },
            { globPattern: "**/rust/bindings/*.rs" },
            { globPattern: "**/rust/uapi/*.rs" },
            { globPattern: "**/rust/kernel/**/*.rs" },
            { globPattern: "**/rust-project.json" }
          ]
        });
      }
      /** Loads (or reloads) a tree; loads never overlap, and a request during one runs after it. */
      requestLoad(tree, progress) {
        if (this.loading) {
          this.loadAgain = tree;
          return;
        }
        this.loading = this.load(tree, progress).finally(() => {
          this.loading = void 0;
          let again = this.loadAgain;
          this.loadAgain = void 0, again ? this.requestLoad(again) : this.revalidateAll();
        });
      }
      /**
       * The tree `rflFfi.tree` names (walking up from it, as `--tree` does). The user asked for
       * it, so a setting that names no usable tree is said as a warning naming the setting.
       */
      configuredTree() {
        let setting = this.settings.tree;
        try {
          return resolveSrctree(path25.resolve(this.folders[0] ?? ".", setting));
        } catch (e) {
          if (!(e instanceof TreeError)) throw e;
          this.tell({ severity: "warning", message: `the rflFfi.tree setting (${setting}) names no usable kernel tree: ${e.message}` });
          return;
        }
      }
      /**
       * Said when a file outside any tree is opened, the root is in an incomplete tree (see
       * `initialized`), or the tree setting is wrong (`warned`: said already). Most folders an
       * editor opens are not kernel trees, and the extension activates on any Rust or C file: there
       * the server says so once in the log and stays quiet. A notification is for a tree that was
       * found but cannot be used.
       */
      sayNoTree(about) {
        if (this.noTreeSaid || (this.noTreeSaid = !0, this.connection.sendNotification(TREE_STATUS, null), !("where" in about))) return;
        let incomplete = incompleteTree(about.where);
        incomplete ? this.show(import_node3.MessageType.Warning, `rfl-ffi: ${incomplete}; set rflFfi.tree to point at one.`) : this.connection.console.info(`rfl-ffi: no Linux kernel tree with Rust support in ${about.where} (${NOT_A_TREE_HINT}); nothing to check here. Set rflFfi.tree to point at one.`);
      }
      /**
       * Asks the client for the `rflFfi` section (`workspace/configuration`), if it can answer;
       * whether the settings changed. A client that cannot (ALE) or fails keeps what it gave.
       */
      async askSettings() {
        if (!this.clientCaps.configuration) return !1;
        let answer;
        try {
          [answer] = await this.connection.workspace.getConfiguration([{ section: "rflFfi" }]);
        } catch (e) {
          return this.connection.console.warn(`rfl-ffi: the client did not answer workspace/configuration (${e instanceof Error ? e.message : String(e)}); using the initialization options`), !1;
        }
        return this.takeClientSettings(isSettings(answer) ? answer : {});
      }
      /** Takes the client's settings over the initialization options; whether that changed them. */
      takeClientSettings(client) {
        let next = { ...this.initSettings, ...client };
        return JSON.stringify(next) === JSON.stringify(this.settings) ? !1 : (this.settings = next, !0);
      }
      options() {
        let arches = this.settings.arches?.filter(isArch);
        return { objtree: this.settings.objtree || void 0, arches: arches?.length ? arches : void 0, mapping: this.settings.mapping };
      }
      async load(srctree, created) {
        let progress = this.clientCaps.progress ? await (created ?? this.connection.window.createWorkDoneProgress().catch(() => {
        })) : void 0;
        progress?.begin("rfl-ffi", void 0, `indexing ${srctree}`), await new Promise((resolve10) => setImmediate(resolve10));
        try {
globalThis.__M?.("load start");          let next = loadProject(srctree, this.options(), (model) => ((this.cache?.srctree !== model.srctree || this.cache.objtree !== model.objtree) && (this.cache = new IndexCache(model.srctree, model.objtree)), this.cache));
globalThis.__M?.("loaded");          if (next.notes.some((n) => n.severity === "error") && this.project?.model.srctree === srctree)
            this.tell({ severity: "error", message: `${next.notes.find((n) => n.severity === "error").message}; keeping the last good index` });
          else {
            this.project = next, this.codeCacheDue ||= next.reusedIndex === !0;
            for (let said of this.saidNotes) next.notes.some((n) => n.message === said) || this.saidNotes.delete(said);
            this.rustSources = new TreeRustSources(next.model, (f) => this.documents.get(pathToUri(f))?.getText());
            for (let n of next.notes) this.tell(n);
            this.watchUncovered(next), this.startBackground(next);
          }
        } catch (e) {
          if (!(e instanceof TreeError)) throw e;
          this.tell({ severity: "error", message: e.message });
        } finally {
          progress?.done();
        }
      }
      /** Whether the client watches `dir` for us: it registers watchers, and only inside its workspace folders. */
      clientWatches(dir) {
        return this.clientCaps.watchers && this.folders.some((f) => !path25.relative(f, dir).startsWith(".."));
      }
      /**
       * Watches the index's inputs that the client does not (no dynamic registration, or outside
       * its folders), and says once how to reindex after what no one watches changes.
       */
      watchUncovered(project) {
        let { watched, failed } = this.watcher.watch(indexInputFolders(project.model).filter((d) => !this.clientWatches(d))), unwatched = failed.map((f) => `${f.folder} (${f.reason})`), kernel = path25.join(project.model.srctree, "rust/kernel");
        this.clientWatches(kernel) && !unwatched.length || this.reindexSaid || (this.reindexSaid = !0, this.log(import_node3.MessageType.Info, [
          "rfl-ffi: this editor does not report all files changed on disk to the server",
          watched.length ? `; the server watches ${watched.join(", ")} itself (generated bindings, helpers)` : "",
          unwatched.length ? `; it could not watch ${unwatched.join(", ")}` : "",
          `. After other changes on disk (${kernel}, a git checkout) run the command ${COMMANDS2.reindex} or restart the server.`
        ].join("")));
      }
      treeStatus(project) {
        let info = treeInfo(project);
        return { info, text: formatInfoText(info) };
      }
      /** The FFI symbol under the cursor, in an open document of the loaded tree. */
      symbolAt(p) {
        let doc = this.documents.get(p.textDocument.uri), file = uriToPath(p.textDocument.uri);
        if (!doc || !file || !this.project) return;
        let language = languageOf(file), tree = this.trees.treeOf(file, doc);
        return language && tree ? ffiSymbolAt(file, language, doc.getText(), tree, p.position, this.project) : void 0;
      }
      hover(p) {
        let sym = this.symbolAt(p), h = sym && this.project && this.rustSources ? hover(sym, this.project, this.rustSources) : void 0;
        return h ? { contents: { kind: import_node3.MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
      }
      definition(p) {
        let sym = this.symbolAt(p);
        return sym && this.project ? toLocations(definition(sym, this.project)) : null;
      }
      references(p, includeDeclaration) {
        let sym = this.symbolAt(p);
        return sym && this.project && this.rustSources ? toLocations(references(sym, this.project, this.rustSources, includeDeclaration)) : null;
      }
      async executeCommand(command) {
        switch (command) {
          case COMMANDS2.reindex:
            return this.reload(), await this.loading, this.project ? this.treeStatus(this.project) : null;
          case COMMANDS2.treeInfo:
            return this.project ? this.treeStatus(this.project) : null;
          default:
            return null;
        }
      }
      tell(note) {
        if (this.saidNotes.has(note.message)) return;
        this.saidNotes.add(note.message);
        let type = note.severity === "error" ? import_node3.MessageType.Error : note.severity === "warning" ? import_node3.MessageType.Warning : import_node3.MessageType.Info;
        this.show(type, `rfl-ffi: ${note.message}`);
      }
      log(type, message2) {
        this.connection.sendNotification(import_node3.LogMessageNotification.type, { type, message: message2 });
      }
      /** A plain `window/showMessage` notification: nothing to answer, nothing to wait for. */
      show(type, message2) {
        this.connection.sendNotification(import_node3.ShowMessageNotification.type, { type, message: message2 });
      }
      documentOpened(uri) {
        let file = uriToPath(uri);
        if (!(this.loading || !this.configured)) {
          if (!this.project && file && /\.(rs|c|h)$/.test(file)) {
            let tree = findSrctree(file);
            if (tree) {
              this.requestLoad(tree);
              return;
            }
            this.sayNoTree({ where: path25.dirname(file) });
          }
          this.schedule(uri), this.project && this.background.add("document", this.warmDocument(uri, this.project), { first: !0 });
        }
      }
      /**
       * Queues the background work for a freshly loaded project, all of it after the open files'
       * first diagnostics: what the first requests on those files need, the check of the whole
       * content of generated files trusted on a sampled stamp, the include closure walked and the
       * other headers read, the index saved, the tree status, then every header indexed.
       */
      startBackground(project) {
        this.background.clear();
        let headers = project.index.headers instanceof IncludeClosureLookup ? project.index.headers : void 0;
        headers?.startBackground();
        for (let d of this.documents.all()) this.background.add("document", this.warmDocument(d.uri, project));
        project.index.bindingsFrom === "headers" && this.background.add("tree", once(() => warmUpDerivedBindings(project.index.bindings.files)));
        let cache3 = this.cache;
        cache3 && this.background.add("tree", cache3.verifySteps(), { done: (failed) => failed.length > 0 && this.reload() }), headers && this.background.add("tree", headers.readSteps(), { done: (changed) => changed && this.revalidateAll() }), this.background.add("tree", once(() => this.cache?.save())), this.background.add("tree", this.treeStatusSteps(project)), headers && this.background.add("tree", headers.indexSteps());
      }
      /** What hover, definition and code actions on an open file need, a step at a time; again from the start if the file changes meanwhile. */
      *warmDocument(uri, project) {
        let doc = this.documents.get(uri), file = uriToPath(uri), language = file && languageOf(file);
        if (!doc || !file || !language || project !== this.project || path25.relative(project.model.srctree, file).startsWith("..") || isGeneratedFile(project.model, file) || unanalysable(doc.getText())) return;
        let tree = this.trees.treeOf(file, doc);
        if (!tree) return;
        let version2 = doc.version, steps = warmUpSteps(file, language, doc.getText(), tree, project);
        for (let r = steps.next(); !r.done; r = steps.next()) {
          if (yield, project !== this.project) return;
          if (this.documents.get(uri)?.version !== version2) {
            this.background.add("document", this.warmDocument(uri, project));
            return;
          }
        }
        yield* fixSteps(this.analyzed.get(uri)?.findings ?? []);
        let n = 0;
        for (let _ of this.rustSources?.texts() ?? []) ++n % 16 === 0 && (yield);
      }
      /** The kernel crate's files indexed one per step (the status counts the functions calling bindings), then the status sent. */
      *treeStatusSteps(project) {
        let kernel = project.index.kernel;
        for (let i = 0; i < kernel.fileCount; i++)
          kernel.indexFile(i), yield;
        project === this.project && this.connection.sendNotification(TREE_STATUS, this.treeStatus(project));
      }
      /**
       * Resolves once no load is running, the user has not been at work for IDLE_MS (`lastActive`)
       * and no analysis is queued: background work runs in the pauses of typing, never between a
       * keystroke and its diagnostics, nor between them and the next keystroke.
       */
      idle = () => new Promise((resolve10) => {
        let check2 = () => {
          let wait = this.loading ? IDLE_MS : this.lastActive + IDLE_MS - Date.now();
          wait <= 0 && !this.flushScheduled ? setImmediate(resolve10) : setTimeout(check2, Math.max(wait, 1));
        };
        check2();
      });
      schedule(uri) {
        this.lastActive = Date.now(), this.pending.add(uri), !this.flushScheduled && (this.flushScheduled = !0, this.afterQueuedMessages(++this.flushes, void 0, 0));
      }
      /**
       * Analyses the pending documents once the connection has dispatched the messages already
       * received: changes that came together (typed while an analysis ran, or sent as a burst)
       * are analysed once, at their last version, not once per version. The connection
       * dispatches one message per turn of the event loop, so a turn in which it dispatched none
       * means none is waiting; `seen` is the count of dispatched messages at the previous turn.
       */
      afterQueuedMessages(flush, seen, turns) {
        setImmediate(() => {
          if (!(flush !== this.flushes || !this.flushScheduled)) {
            if ((seen === void 0 || seen !== dispatched.count) && turns < MAX_DEFERRED_TURNS) {
              this.afterQueuedMessages(flush, dispatched.count, turns + 1);
              return;
            }
            this.flush();
          }
        });
      }
      /** Analyses the pending documents now (also on the path of a request that reads their findings). */
      flush() {
        this.flushScheduled = !1;
        let uris = [...this.pending];
        this.pending.clear();
        let edited = uris.some((u) => this.analyzed.has(u));
        for (let u of uris) this.validate(u);
        edited && (this.lastActive = Date.now()), this.codeCacheDue && this.analyzed.size && (this.codeCacheDue = !1, setImmediate(() => codeCache()?.save()));
      }
      /** `result`, noting that a request was answered (see `lastActive`). */
      active(result2) {
        return this.lastActive = Date.now(), result2;
      }
      revalidateAll() {
        for (let d of this.documents.all()) this.schedule(d.uri);
      }
      validate(uri) {
        let doc = this.documents.get(uri), file = uriToPath(uri);
        if (!doc || !file || !this.project || this.loading) return;
        let rel2 = path25.relative(this.project.model.srctree, file);
        if (rel2.startsWith("..")) return;
        let text = doc.getText(), refused = unanalysable(text), findings = [], items = this.itemFindings.get(uri);
        if (items || this.itemFindings.set(uri, items = new ItemFindings()), refused)
          this.tell({ severity: "warning", message: `${rel2} ${refused}; not analysed` });
        else
          try {
            findings = analyze(file, text, this.project, { severity: this.settings.severity, tree: this.trees.treeOf(file, doc), items });
          } catch (e) {
            this.connection.console.error(`rfl-ffi: internal error while checking ${rel2}: ${e instanceof Error ? e.stack : String(e)}`);
          }
        globalThis.__M?.("analyzed");this.analyzed.set(uri, { version: doc.version, findings }), this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map(toDiagnostic) });
      }
      versionOf = (uri) => this.documents.get(uri)?.version ?? null;
      /**
       * The quick fixes of the findings the client names in the request's diagnostics; a client
       * that names none of ours (ALE sends no diagnostics with the word under the cursor, or
       * another server's) gets those of the findings the range touches.
       */
      codeActions(uri, range, diagnostics) {
        this.pending.has(uri) && this.flush();
        let doc = this.analyzed.get(uri);
        if (!doc) return [];
        let named = (f) => diagnostics.some((d) => d.source === SOURCE && d.code === f.code && d.range.start.line === f.range.start.line && d.range.start.character === f.range.start.character), chosen = doc.findings.some(named) ? named : (f) => touches(f.range, range), actions = [];
        return doc.findings.forEach((f, fi) => {
          chosen(f) && f.fixes.forEach((fix2, xi) => {
            let action = import_node3.CodeAction.create(fix2.title, import_node3.CodeActionKind.QuickFix);
            action.diagnostics = [toDiagnostic(f)], action.isPreferred = fix2.preferred ?? xi === 0;
            let data = { uri, version: doc.version, finding: fi, fix: xi };
            if (this.clientCaps.resolve) action.data = data;
            else {
              let edit = toWorkspaceEdit(fix2, this.clientCaps.documentChanges, this.versionOf);
              if (!edit) return;
              action.edit = edit;
            }
            actions.push(action);
          });
        }), actions;
      }
      resolveAction(action) {
        let data = action.data;
        data && this.pending.has(data.uri) && this.flush();
        let doc = data ? this.analyzed.get(data.uri) : void 0;
        if (!data || !doc || doc.version !== data.version) return action;
        let fix2 = doc.findings[data.finding]?.fixes[data.fix];
        return fix2 && (action.edit = toWorkspaceEdit(fix2, this.clientCaps.documentChanges, this.versionOf)), action;
      }
      filesChanged(files) {
        if (!this.project) return;
        let srctree = this.project.model.srctree, objtree = this.project.model.objtree;
        files.some((p) => {
          let base = path25.relative(srctree, p).startsWith("..") ? objtree : srctree;
          return affectsIndex(path25.relative(base, p).split(path25.sep).join("/"));
        }) && this.reload();
      }
      reload() {
        let tree = (this.settings.tree ? this.configuredTree() : void 0) ?? this.project?.model.srctree;
        tree && this.requestLoad(tree);
      }
    };
  }
});

// server/src/cli/main.ts
var path22 = __toESM(require("node:path"));

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    typeof options == "function" ? (callback = options, options = {}) : "callback" in options && (callback = options.callback);
    let oldString = this.castInput(oldStr, options), newString = this.castInput(newStr, options), oldTokens = this.removeEmpty(this.tokenize(oldString, options)), newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options.maxEditLength));
    let maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options) : basePath = this.addToPath(removePath, !1, !0, 1, options), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path26, added, removed, oldPosInc, options) {
    let last = path26.lastComponent;
    return last && !options.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path26.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path26.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options); )
      newPos++, oldPos++, commonCount++, options.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options) {
    return options.comparator ? options.comparator(left, right) : left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/util/string.js
function hasOnlyWinLineEndings(string) {
  return string.includes(`\r
`) && !string.startsWith(`
`) && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes(`\r
`) && string.includes(`
`);
}

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options) {
    return options.ignoreWhitespace ? ((!options.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options.ignoreNewlineAtEof && !options.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  options.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  return Array.isArray(patch) ? patch.map((p) => unixToWin(p)) : Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || !((_a = hunk.lines[i + 1]) === null || _a === void 0) && _a.startsWith("\\") ? line : line + "\r";
  }) })) });
}
function winToUnix(patch) {
  return Array.isArray(patch) ? patch.map((p) => winToUnix(p)) : Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
}
function isUnix(patch) {
  return Array.isArray(patch) || (patch = [patch]), !patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
}
function isWin(patch) {
  return Array.isArray(patch) || (patch = [patch]), patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index) => index.hunks.every((hunk) => hunk.lines.every((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
  })));
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  let diffstr = uniDiff.split(/\n/), list = [], i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    let index = {};
    index.hunks = [], list.push(index);
    let seenDiffHeader = !1;
    for (; i < diffstr.length; ) {
      let line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line))
        break;
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader)
          return;
        seenDiffHeader = !0, index.isGit = !0;
        let paths = parseGitDiffHeader(line);
        for (paths && (index.oldFileName = paths.oldFileName, index.newFileName = paths.newFileName), i++; i < diffstr.length; ) {
          let extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine))
            break;
          let renameFromMatch = /^rename from (.*)/.exec(extLine);
          renameFromMatch && (index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]), index.isRename = !0);
          let renameToMatch = /^rename to (.*)/.exec(extLine);
          renameToMatch && (index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]), index.isRename = !0);
          let copyFromMatch = /^copy from (.*)/.exec(extLine);
          copyFromMatch && (index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]), index.isCopy = !0);
          let copyToMatch = /^copy to (.*)/.exec(extLine);
          copyToMatch && (index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]), index.isCopy = !0);
          let newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          newFileModeMatch && (index.isCreate = !0, index.newMode = newFileModeMatch[1]);
          let deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          deletedFileModeMatch && (index.isDelete = !0, index.oldMode = deletedFileModeMatch[1]);
          let oldModeMatch = /^old mode (\d+)/.exec(extLine);
          oldModeMatch && (index.oldMode = oldModeMatch[1]);
          let newModeMatch = /^new mode (\d+)/.exec(extLine);
          newModeMatch && (index.newMode = newModeMatch[1]), /^Binary files /.test(extLine) && (index.isBinary = !0), i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader)
          return;
        seenDiffHeader = !0;
        let headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        headerMatch && (index.index = line.substring(headerMatch[0].length).trim());
      }
      i++;
    }
    if (parseFileHeader(index), parseFileHeader(index), index.oldFileName === void 0 != (index.newFileName === void 0))
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    for (; i < diffstr.length; ) {
      let line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line))
        break;
      isHunkHeader(line) ? index.hunks.push(parseHunk()) : i++;
    }
  }
  function parseGitDiffHeader(line) {
    let rest = line.substring(11);
    if (rest.startsWith('"')) {
      let oldPath = parseQuotedFileName(rest);
      if (oldPath === null)
        return null;
      let afterOld = rest.substring(oldPath.rawLength + 1), newFileName;
      if (afterOld.startsWith('"')) {
        let newPath = parseQuotedFileName(afterOld);
        if (newPath === null)
          return null;
        newFileName = newPath.fileName;
      } else
        newFileName = afterOld;
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    let quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      let oldFileName = rest.substring(0, quoteIdx - 1), newPath = parseQuotedFileName(rest.substring(quoteIdx));
      return newPath === null ? null : {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      let splits = [], idx = 0;
      for (; idx = rest.indexOf(" b/", idx + 1), idx !== -1; )
        splits.push(idx);
      if (splits.length > 0) {
        let mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      let parsed = parseQuotedFileName(s);
      if (parsed)
        return parsed.fileName;
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"'))
      return null;
    let result2 = "", j = 1;
    for (; j < s.length; ) {
      if (s[j] === '"')
        return { fileName: result2, rawLength: j + 1 };
      if (s[j] === "\\" && j + 1 < s.length)
        switch (j++, s[j]) {
          case "a":
            result2 += "\x07";
            break;
          case "b":
            result2 += "\b";
            break;
          case "f":
            result2 += "\f";
            break;
          case "n":
            result2 += `
`;
            break;
          case "r":
            result2 += "\r";
            break;
          case "t":
            result2 += "	";
            break;
          case "v":
            result2 += "\v";
            break;
          case "\\":
            result2 += "\\";
            break;
          case '"':
            result2 += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7")
              return null;
            let bytes = [parseInt(s.substring(j, j + 3), 8)];
            for (j += 3; s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7"; ) {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7")
                return null;
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8)), j += 4;
            }
            result2 += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      else
        result2 += s[j];
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    let fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      let prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim(), fileName = data[0];
      fileName.startsWith('"') ? fileName = unquoteIfQuoted(fileName) : fileName = fileName.replace(/\\\\/g, "\\"), prefix === "---" ? (index.oldFileName = fileName, index.oldHeader = header) : (index.newFileName = fileName, index.newHeader = header), i++;
    }
  }
  function parseHunk() {
    var _a;
    let chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/), hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] > "u" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] > "u" ? 1 : +chunkHeader[4],
      lines: []
    };
    hunk.oldLines === 0 && (hunk.oldStart += 1), hunk.newLines === 0 && (hunk.newStart += 1);
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || !((_a = diffstr[i]) === null || _a === void 0) && _a.startsWith("\\")); i++) {
      let operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\")
        hunk.lines.push(diffstr[i]), operation === "+" ? addCount++ : operation === "-" ? removeCount++ : operation === " " && (addCount++, removeCount++);
      else
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
    }
    if (!addCount && hunk.newLines === 1 && (hunk.newLines = 0), !removeCount && hunk.oldLines === 1 && (hunk.oldLines = 0), addCount !== hunk.newLines)
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    if (removeCount !== hunk.oldLines)
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i]))
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    return hunk;
  }
  for (; i < diffstr.length; )
    parseIndex();
  return list;
}

// node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  let wantForward = !0, backwardExhausted = !1, forwardExhausted = !1, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted ? localOffset++ : wantForward = !1, start + localOffset <= maxLine)
        return start + localOffset;
      forwardExhausted = !0;
    }
    if (!backwardExhausted)
      return forwardExhausted || (wantForward = !0), minLine <= start - localOffset ? start - localOffset++ : (backwardExhausted = !0, iterator());
  };
}

// node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options = {}) {
  let patches;
  if (typeof patch == "string" ? patches = parsePatch(patch) : Array.isArray(patch) ? patches = patch : patches = [patch], patches.length > 1)
    throw new Error("applyPatch only works with a single input.");
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options = {}) {
  (options.autoConvertLineEndings || options.autoConvertLineEndings == null) && (hasOnlyWinLineEndings(source) && isUnix(patch) ? patch = unixToWin(patch) : hasOnlyUnixLineEndings(source) && isWin(patch) && (patch = winToUnix(patch)));
  let lines = source.split(`
`), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0, minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor))
    throw new Error("fuzzFactor must be a non-negative integer");
  if (!hunks.length)
    return source;
  let prevLine = "", removeEOFNL = !1, addEOFNL = !1;
  for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    let line = hunks[hunks.length - 1].lines[i];
    line[0] == "\\" && (prevLine[0] == "+" ? removeEOFNL = !0 : prevLine[0] == "-" && (addEOFNL = !0)), prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines[lines.length - 1] == "")
        return !1;
    } else if (lines[lines.length - 1] == "")
      lines.pop();
    else if (!fuzzFactor)
      return !1;
  } else if (addEOFNL) {
    if (lines[lines.length - 1] != "")
      lines.push("");
    else if (!fuzzFactor)
      return !1;
  }
  function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = !0, patchedLines = [], patchedLinesLength = 0) {
    let nConsecutiveOldContextLines = 0, nextContextLineMustMatch = !1;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      let hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-")
        if (compareLine(toPos + 1, lines[toPos], operation, content))
          toPos++, nConsecutiveOldContextLines = 0;
        else
          return !maxErrors || lines[toPos] == null ? null : (patchedLines[patchedLinesLength] = lines[toPos], applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, !1, patchedLines, patchedLinesLength + 1));
      if (operation === "+") {
        if (!lastContextLineMatched)
          return null;
        patchedLines[patchedLinesLength] = content, patchedLinesLength++, nConsecutiveOldContextLines = 0, nextContextLineMustMatch = !0;
      }
      if (operation === " ")
        if (nConsecutiveOldContextLines++, patchedLines[patchedLinesLength] = lines[toPos], compareLine(toPos + 1, lines[toPos], operation, content))
          patchedLinesLength++, lastContextLineMatched = !0, nextContextLineMustMatch = !1, toPos++;
        else
          return nextContextLineMustMatch || !maxErrors ? null : lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, !1, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, !1, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, !1, patchedLines, patchedLinesLength);
    }
    return patchedLinesLength -= nConsecutiveOldContextLines, toPos -= nConsecutiveOldContextLines, patchedLines.length = patchedLinesLength, {
      patchedLines,
      oldLineLastI: toPos - 1
    };
  }
  let resultLines = [], prevHunkOffset = 0;
  for (let i = 0; i < hunks.length; i++) {
    let hunk = hunks[i], hunkResult, maxLine = lines.length - hunk.oldLines + fuzzFactor, toPos;
    for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      let iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0 && (hunkResult = applyHunk(hunk.lines, toPos, maxErrors), !hunkResult); toPos = iterator())
        ;
      if (hunkResult)
        break;
    }
    if (!hunkResult)
      return !1;
    for (let i2 = minLine; i2 < toPos; i2++)
      resultLines.push(lines[i2]);
    for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
      let line = hunkResult.patchedLines[i2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1, prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (let i = minLine; i < lines.length; i++)
    resultLines.push(lines[i]);
  return resultLines.join(`
`);
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++)
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\")
      return !0;
  return !1;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s))
    return s;
  let result2 = '"', bytes = new TextEncoder().encode(s), i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i];
    b === 7 ? result2 += "\\a" : b === 8 ? result2 += "\\b" : b === 9 ? result2 += "\\t" : b === 10 ? result2 += "\\n" : b === 11 ? result2 += "\\v" : b === 12 ? result2 += "\\f" : b === 13 ? result2 += "\\r" : b === 34 ? result2 += '\\"' : b === 92 ? result2 += "\\\\" : b >= 32 && b <= 126 ? result2 += String.fromCharCode(b) : result2 += "\\" + b.toString(8).padStart(3, "0"), i++;
  }
  return result2 += '"', result2;
}
var INCLUDE_HEADERS = {
  includeIndex: !0,
  includeUnderline: !0,
  includeFileHeaders: !0
}, FILE_HEADERS_ONLY = {
  includeIndex: !1,
  includeUnderline: !1,
  includeFileHeaders: !0
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  options ? typeof options == "function" ? optionsObj = { callback: options } : optionsObj = options : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (headerOptions || (headerOptions = INCLUDE_HEADERS), Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit))
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    return patch.map((p) => formatPatch(p, headerOptions)).join(`
`);
  }
  let ret = [];
  if (patch.isGit) {
    if (headerOptions = INCLUDE_HEADERS, !patch.oldFileName)
      throw new Error("oldFileName must be specified for Git patches");
    if (!patch.newFileName)
      throw new Error("newFileName must be specified for Git patches");
    let gitOldName = patch.oldFileName, gitNewName = patch.newFileName;
    patch.isCreate && gitOldName === "/dev/null" ? gitOldName = gitNewName.replace(/^b\//, "a/") : patch.isDelete && gitNewName === "/dev/null" && (gitNewName = gitOldName.replace(/^a\//, "b/")), ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName)), patch.isDelete && ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644")), patch.isCreate && ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644")), patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate && (ret.push("old mode " + patch.oldMode), ret.push("new mode " + patch.newMode)), patch.isRename && (ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, ""))), ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")))), patch.isCopy && (ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, ""))), ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, ""))));
  } else
    headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0 && ret.push("Index: " + patch.oldFileName), headerOptions.includeUnderline && ret.push("===================================================================");
  let hasHunks = patch.hunks.length > 0;
  headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks) && (ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : "")), ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : "")));
  for (let i = 0; i < patch.hunks.length; i++) {
    let hunk = patch.hunks[i], oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart, newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (let line of hunk.lines)
      ret.push(line);
  }
  return ret.join(`
`) + `
`;
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options == "function" && (options = { callback: options }), options?.callback) {
    let { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      callback(patchObj ? formatPatch(patchObj, options.headerOptions) : void 0);
    } }));
  } else {
    let patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    return patchObj ? formatPatch(patchObj, options?.headerOptions) : void 0;
  }
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result2 = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result2.pop() : result2.push(result2.pop().slice(0, -1)), result2;
}

// server/src/core/review/patch.ts
var PatchError = class extends Error {
}, FROM_LINE = /^From \S+ +\S+ \S+ +\d+ [\d:]+ \d{4}$/, DIFF_START = /^(diff --git |Index: |--- \S)/;
function subjectOf(headers) {
  let at = headers.findIndex((l) => /^Subject:/i.test(l));
  if (at < 0) return;
  let subject = headers[at].replace(/^Subject:\s*/i, "");
  for (let i = at + 1; i < headers.length && /^[ \t]/.test(headers[i]); i++) subject += " " + headers[i].trim();
  return subject;
}
function patchTexts(lines) {
  let starts = lines.flatMap((l, i) => FROM_LINE.test(l) ? [i] : []), messages = starts.length ? starts.map((s, k) => [s, starts[k + 1] ?? lines.length]) : [[0, lines.length]], out = [];
  for (let [from, to] of messages) {
    let body = lines.slice(from, to), headerEnd = starts.length ? body.indexOf("") : 0, headers = body.slice(0, Math.max(headerEnd, 0)), encoding = headers.find((h) => /^Content-Transfer-Encoding:\s*(base64|quoted-printable)/i.test(h)), diffAt = body.findIndex((l, i) => i >= headerEnd && DIFF_START.test(l) && (!l.startsWith("--- ") || body[i + 1]?.startsWith("+++ ")));
    if (diffAt < 0) continue;
    if (encoding) throw new PatchError(`the mail at line ${from + 1} is ${encoding.split(":")[1].trim()}-encoded; save it decoded (as b4 am or git format-patch write it)`);
    let signature = body.lastIndexOf("-- "), end = signature > diffAt && body.slice(signature + 1).every((l) => !/^[ +\-@\\]/.test(l)) ? signature : body.length;
    out.push({ subject: subjectOf(headers), start: from + diffAt, lines: body.slice(diffAt, end) });
  }
  return out;
}
function stripPrefix(name) {
  if (name === void 0) return;
  if (name === "/dev/null") return null;
  let slash = name.indexOf("/");
  return slash < 0 ? name : name.slice(slash + 1);
}
function parseOne(text) {
  let parsed;
  try {
    parsed = parsePatch(`
`.repeat(text.start) + text.lines.join(`
`));
  } catch (e) {
    let why = e.message;
    throw new PatchError(`the patch is cut short or damaged${text.subject ? ` (in "${text.subject}")` : ""}: ${why[0].toLowerCase()}${why.slice(1)}`);
  }
  let sections = [], hunkLines = [];
  text.lines.forEach((l, i) => {
    l.startsWith("diff --git ") ? sections.push(!1) : /^(GIT binary patch|Binary files )/.test(l) && sections.length ? sections[sections.length - 1] = !0 : l.startsWith("@@ ") && hunkLines.push(text.start + i + 1);
  });
  let section = 0, hunk = 0, files = [];
  for (let p of parsed) {
    let binary = p.isGit ? sections[section++] === !0 : !1, oldPath = stripPrefix(p.oldFileName), newPath = stripPrefix(p.newFileName), lines = hunkLines.slice(hunk, hunk += p.hunks.length);
    oldPath === void 0 && newPath === void 0 || files.push({
      oldPath: p.isCreate ? null : oldPath ?? newPath,
      newPath: p.isDelete ? null : newPath ?? oldPath,
      hunks: p.hunks,
      hunkLines: lines,
      binary
    });
  }
  return { subject: text.subject, files };
}
function parsePatches(input) {
  if (input.slice(0, 8192).includes("\0")) throw new PatchError("the input is binary data, not a patch");
  let lines = (/\r\n/.test(input) && !/(^|[^\r])\n/.test(input) ? input.replace(/\r\n/g, `
`) : input).split(`
`), patches = patchTexts(lines).map(parseOne).filter((p) => p.files.length);
  if (!patches.length) throw new PatchError("the input holds no diff (no `diff --git`, `---`/`+++` or `@@` lines)");
  return patches;
}
function where(patch) {
  return patch.subject ? ` (in "${patch.subject}")` : "";
}
function applyFirst(text, fp, count) {
  let patch = {
    oldFileName: fp.oldPath ?? "/dev/null",
    newFileName: fp.newPath ?? "/dev/null",
    oldHeader: void 0,
    newHeader: void 0,
    hunks: fp.hunks.slice(0, count)
  };
  return applyPatch(text, patch, { fuzzFactor: 0 });
}
function applyHunks(text, fp) {
  let all = applyFirst(text, fp, fp.hunks.length);
  if (all !== !1) return all;
  let lo = 0, hi = fp.hunks.length - 1;
  for (; lo < hi; ) {
    let mid = lo + hi >> 1;
    applyFirst(text, fp, mid + 1) === !1 ? hi = mid : lo = mid + 1;
  }
  return lo;
}
function applyPatches2(patches, textOf) {
  let texts = /* @__PURE__ */ new Map(), origins = /* @__PURE__ */ new Map(), notes = [], originOf = (p) => p === null ? null : origins.has(p) ? origins.get(p) : p, current = (p) => texts.has(p) ? texts.get(p) ?? void 0 : textOf(p);
  for (let patch of patches)
    for (let fp of patch.files) {
      let target = fp.newPath ?? fp.oldPath;
      if (fp.binary) {
        notes.push({ path: target, message: `is changed in binary${where(patch)}; not reviewed` }), fp.newPath === null && texts.set(fp.oldPath, null);
        continue;
      }
      let before3 = fp.oldPath === null ? "" : current(fp.oldPath);
      if (before3 === void 0) throw new PatchError(`the patch does not apply${where(patch)}: it changes ${fp.oldPath}, which is not in the tree`);
      if (fp.oldPath === null && current(fp.newPath) !== void 0)
        throw new PatchError(`the patch does not apply${where(patch)}: it creates ${fp.newPath}, which exists already`);
      let after = fp.hunks.length ? applyHunks(before3, fp) : before3;
      if (typeof after == "number") {
        let h = fp.hunks[after], header = `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, line = fp.hunkLines[after] ? `, line ${fp.hunkLines[after]} of the patch` : "";
        throw new PatchError(`the patch does not apply${where(patch)}: hunk ${after + 1} of ${fp.hunks.length} of ${fp.oldPath} (${header}${line}) does not match the file`);
      }
      fp.newPath !== null && origins.set(fp.newPath, originOf(fp.oldPath)), fp.oldPath !== null && fp.oldPath !== fp.newPath && texts.set(fp.oldPath, null), fp.newPath !== null && texts.set(fp.newPath, after);
    }
  return { texts, origins, notes };
}

// server/src/cli/main.ts
init_registry();
init_kernelTree();

// server/src/cli/args.ts
var import_node_util = require("node:util"), UsageError = class extends Error {
}, HELP_OPTION = { name: "help", short: "h", help: "show this help and exit" };
function fillOptionalValues(spec, argv) {
  let out = [];
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === "--") return [...out, ...argv.slice(i)];
    let opt = spec.options.find((o) => o.optionalDefault !== void 0 && a === `--${o.name}`);
    if (!opt) {
      out.push(a);
      continue;
    }
    let next = argv[i + 1];
    next !== void 0 && !next.startsWith("-") ? (out.push(`--${opt.name}=${next}`), i++) : out.push(`--${opt.name}=${opt.optionalDefault}`);
  }
  return out;
}
function parseCommand(spec, argv) {
  let options = Object.fromEntries([...spec.options, HELP_OPTION].map((o) => [o.name, {
    type: o.value ? "string" : "boolean",
    ...o.short ? { short: o.short } : {}
  }]));
  try {
    let { values, positionals } = (0, import_node_util.parseArgs)({ args: fillOptionalValues(spec, argv), options, allowPositionals: !0, strict: !0 });
    return { values, positionals };
  } catch (e) {
    let code2 = e.code;
    if (typeof code2 != "string" || !code2.startsWith("ERR_PARSE_ARGS_")) throw e;
    let first = e.message.split(`
`)[0];
    throw new UsageError(code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? first.replace(/ To specify .*$/, "") : first);
  }
}
function stringValue(parsed, name) {
  let v = parsed.values[name];
  return typeof v == "string" ? v : void 0;
}
function optionLabel(o) {
  let flag = (o.short ? `-${o.short}, ` : "") + `--${o.name}`;
  return o.value ? o.optionalDefault !== void 0 ? `${flag} [${o.value}]` : `${flag} ${o.value}` : flag;
}
function usageLine(spec) {
  return `rfl-ffi ${spec.name}${spec.operands ? " " + spec.operands : ""}${spec.options.length ? " [options]" : ""}`;
}
var COLUMNS = 100;
function wrap(text, width) {
  let lines = [], line = "";
  for (let word of text.split(" "))
    line && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line ? `${line} ${word}` : word;
  return [...lines, line];
}
function helpText(spec) {
  let options = [...spec.options, HELP_OPTION], width = Math.max(...options.map((o) => optionLabel(o).length)) + 2;
  return [
    `usage: ${usageLine(spec)}`,
    "",
    spec.summary,
    ...spec.details ? ["", ...wrap(spec.details, COLUMNS)] : [],
    "",
    "options:",
    ...options.flatMap((o) => wrap(o.help, COLUMNS - 2 - width).map((l, i) => `  ${(i ? "" : optionLabel(o)).padEnd(width)}${l}`)),
    "",
    "example:",
    `  ${spec.example}`
  ].join(`
`);
}

// server/src/cli/check.ts
var fs7 = __toESM(require("node:fs")), path17 = __toESM(require("node:path"));
init_analyze();
init_tree();

// server/src/core/review/addedLines.ts
init_text();
function addedInHunks(hunks) {
  let added = /* @__PURE__ */ new Set();
  for (let h of hunks) {
    let line = h.newStart - 1;
    for (let l of h.lines)
      l.startsWith("+") ? added.add(line++) : l.startsWith(" ") && line++;
  }
  return added;
}
function addedLines(before3, after) {
  return before3 === "" ? new Set(splitLines2(after).map((_, i) => i)) : addedInHunks(structuredPatch("a", "b", before3, after, void 0, void 0, { context: 0 }).hunks);
}
function onAddedLines(findings, added) {
  return findings.filter((f) => {
    let lines = added.get(f.file);
    if (!lines) return !1;
    let { start, end } = f.range, last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
    for (let l = start.line; l <= last; l++) if (lines.has(l)) return !0;
    return !1;
  });
}

// server/src/cli/check.ts
init_files();
init_indexCache();
init_codeCache();
init_kernelTree();

// server/src/cli/command.ts
var path14 = __toESM(require("node:path"));
init_archTable();
init_kernelTree();
var TREE = { name: "tree", value: "DIR", help: "the kernel source tree (default: found from the first PATH, walking up)" }, OBJTREE = {
  name: "objtree",
  value: "DIR",
  help: "the build directory holding the generated bindings (default: rust-project.json's, else srctree)"
}, ARCH2 = { name: "arch", value: "LIST", help: `arches a cast must be right on, of ${ALL_ARCHES.join(",")} (default: arch-support.rst)` }, MAPPING = { name: "mapping", value: "kernel|core", help: "the C-type mapping (default: kernel where rust/ffi.rs exists, else core)" }, FROM_HEADERS = {
  name: "from-headers",
  help: "derive the bindings from the C headers, as before the first build, even where bindgen's files exist"
}, TREE_OPTIONS = [OBJTREE, ARCH2, MAPPING, FROM_HEADERS];
function treeOptions(args) {
  let arch = stringValue(args, "arch"), arches;
  arch !== void 0 && (arches = arch.split(",").map((a) => a.trim()).filter(Boolean).map((a) => {
    if (!isArch(a)) throw new UsageError(`unknown arch "${a}" (known: ${ALL_ARCHES.join(", ")})`);
    return a;
  }));
  let mapping = stringValue(args, "mapping");
  if (mapping !== void 0 && mapping !== "kernel" && mapping !== "core") throw new UsageError("--mapping is kernel or core");
  return { objtree: stringValue(args, "objtree"), arches, mapping, fromHeaders: args.values["from-headers"] === !0 };
}
function srctreeOf(args, paths, io) {
  let treeArg = stringValue(args, "tree");
  return resolveSrctree(treeArg ? path14.resolve(io.cwd, treeArg) : paths[0] ?? io.cwd);
}
function reportNotes(project, io) {
  let fatal = !1;
  for (let n of project.notes)
    io.err(`rfl-ffi: ${n.severity === "info" ? "note" : n.severity}: ${n.message}`), n.severity === "error" && (fatal = !0);
  return fatal;
}

// server/src/cli/format.ts
var path15 = __toESM(require("node:path"));
init_registry();
init_model();
function rel(base, file) {
  return path15.relative(base, file).split(path15.sep).join("/");
}
function toJsonFinding(f, tree) {
  return {
    file: rel(tree, f.file),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message
  };
}
function formatText(findings, cwd) {
  return findings.map((f) => `${rel(cwd, f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity}: ${f.message} [${f.code}]`).join(`
`);
}
function formatJson(findings, tree) {
  return JSON.stringify({ findings: findings.map((f) => toJsonFinding(f, tree)) }, null, 2);
}
var SARIF_LEVEL = { error: "error", warning: "warning", information: "note", hint: "note" };
function formatSarif(findings, tree, version2) {
  let sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "rfl-ffi",
          version: version2,
          informationUri: "https://github.com/rfl-ffi/rfl-ffi",
          rules: RULES.map((r) => ({
            id: r.meta.code,
            shortDescription: { text: r.meta.description },
            helpUri: docsAnchor(r.meta.code),
            defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] }
          }))
        }
      },
      originalUriBaseIds: { SRCROOT: { uri: `file://${tree.endsWith("/") ? tree : tree + "/"}` } },
      results: findings.map((f) => {
        let j = toJsonFinding(f, tree);
        return {
          ruleId: f.code,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: j.file, uriBaseId: "SRCROOT" },
              region: { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn }
            }
          }]
        };
      })
    }]
  };
  return JSON.stringify(sarif, null, 2);
}
var GITHUB_LEVEL = { error: "error", warning: "warning", information: "notice", hint: "notice" };
function githubData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function githubProperty(s) {
  return githubData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(findings, cwd) {
  return findings.map((f) => {
    let props = [
      `file=${githubProperty(rel(cwd, f.file))}`,
      `line=${f.range.start.line + 1}`,
      `col=${f.range.start.character + 1}`,
      `endLine=${f.range.end.line + 1}`,
      `endColumn=${f.range.end.character + 1}`,
      `title=${githubProperty(f.code)}`
    ];
    return `::${GITHUB_LEVEL[f.severity]} ${props.join(",")}::${githubData(f.message)}`;
  }).join(`
`);
}

// server/src/cli/review.ts
var fs6 = __toESM(require("node:fs")), path16 = __toESM(require("node:path"));
init_files();

// server/src/host/git.ts
var import_node_child_process = require("node:child_process");
init_kernelTree();
function git(dir, args) {
  let r = (0, import_node_child_process.spawnSync)("git", args, { cwd: dir, encoding: "utf8", maxBuffer: 1073741824 });
  if (r.error) throw new TreeError(`--diff runs git, which could not be started (${r.error.message})`);
  return r;
}
function noFilters(dir) {
  let r = git(dir, ["config", "--name-only", "--get-regexp", "^filter\\."]);
  return [...new Set(r.stdout.split(`
`).filter(Boolean).map((key2) => key2.slice(7, key2.lastIndexOf("."))))].flatMap((n) => ["-c", `filter.${n}.clean=`, "-c", `filter.${n}.process=`, "-c", `filter.${n}.required=false`]);
}
function gitDiff(dir, rev) {
  if (rev.startsWith("-")) throw new TreeError(`--diff takes a revision, not "${rev}"`);
  let r = git(dir, [
    "-c",
    "core.fsmonitor=false",
    ...noFilters(dir),
    "--no-pager",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--relative",
    "-U0",
    "--end-of-options",
    rev,
    "--"
  ]);
  if (r.status !== 0) throw new TreeError(`git diff ${rev} in ${dir} failed: ${r.stderr.trim().split(`
`)[0]}`);
  return r.stdout;
}

// server/src/cli/review.ts
init_kernelTree();
function addedSince(srctree, rev) {
  let diff = gitDiff(srctree, rev), added = /* @__PURE__ */ new Map();
  if (!diff.trim()) return added;
  for (let patch of parsePatches(diff))
    for (let fp of patch.files) fp.newPath !== null && added.set(path16.join(srctree, fp.newPath), addedInHunks(fp.hunks));
  return added;
}
var MAX_PATCH_BYTES = 256 * 1024 * 1024;
function readPatch(arg, io) {
  let bytes;
  try {
    bytes = arg === "-" ? fs6.readFileSync(0) : fs6.readFileSync(path16.resolve(io.cwd, arg));
  } catch (e) {
    throw new TreeError(`--patch ${arg}: ${e.code === "ENOENT" ? "no such file" : e.message}`);
  }
  if (bytes.length > MAX_PATCH_BYTES) throw new TreeError(`--patch ${arg} is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_PATCH_BYTES / 1048576} MB a review reads`);
  return new TextDecoder("utf-8").decode(bytes);
}
function applyToTree(patchText, srctree, io) {
  let original = (rel2) => {
    let r = DISK.read(path16.join(srctree, rel2));
    if (r.ok) return r.text;
    if (r.reason !== "does not exist")
      throw new TreeError(`the patch changes ${rel2}, which ${r.reason}`);
  }, applied = applyPatches2(parsePatches(patchText), original);
  for (let n of applied.notes) io.err(`rfl-ffi: note: ${n.path} ${n.message}`);
  let texts = /* @__PURE__ */ new Map(), added = /* @__PURE__ */ new Map();
  for (let [rel2, text] of applied.texts) {
    let file = path16.join(srctree, rel2);
    texts.set(file, text);
    let origin2 = applied.origins.get(rel2);
    text !== null && added.set(file, addedLines(origin2 ? original(origin2) ?? "" : "", text));
  }
  return { texts, added };
}

// server/src/cli/check.ts
init_version();
var CHECK = {
  name: "check",
  operands: "[PATH\u2026]",
  summary: "Checks the Rust sources and C helpers under the PATHs (default: the whole tree).",
  details: "Exit status: 0 when clean (or only notes), 1 when a finding is a warning or an error, 2 on a usage error or a tree that cannot be used.",
  options: [
    TREE,
    ...TREE_OPTIONS,
    {
      name: "format",
      value: "text|json|sarif|github",
      help: "text (file:line:col: severity: message [code], the default), json, SARIF 2.1.0, or GitHub Actions annotations"
    },
    {
      name: "diff",
      value: "REV",
      optionalDefault: "HEAD",
      help: "report only what the lines changed since REV bring (git diff REV in the tree's repository; default HEAD)"
    },
    {
      name: "patch",
      value: "FILE|-",
      help: "report only what the lines a patch adds bring: a unified diff or git format-patch mails (- reads stdin), applied in memory to the tree"
    },
    { name: "exit-zero", help: "exit 0 even when there are findings" }
  ],
  example: "rfl-ffi check --diff origin/master --format github"
};
function isCheckable(project, file) {
  return file.endsWith(".rs") ? !isGeneratedFile(project.model, file) : isHelperFile(project.model, file);
}
function checkableFiles(project, roots, onError, tree = DISK) {
  let files = /* @__PURE__ */ new Set();
  for (let root of roots) {
    let list = tree.isDir(root) ? tree.list(root, [".rs", ".c"], onError) : [root];
    for (let f of list) isCheckable(project, f) && files.add(path17.resolve(f));
  }
  return [...files].sort();
}
function scopeOf(args, io) {
  let paths = args.positionals.map((p) => path17.resolve(io.cwd, p));
  for (let p of paths)
    if (!fs7.existsSync(p)) throw new TreeError(`${path17.relative(io.cwd, p) || p}: no such file or directory`);
  let srctree = srctreeOf(args, paths, io);
  return { srctree, paths, roots: paths.length ? paths : [srctree] };
}
function reviewedFiles(project, scope, added) {
  let under = (file) => scope.roots.some((r) => !path17.relative(r, file).startsWith(".."));
  return [...added].filter(([file, lines]) => lines.size && under(file) && isCheckable(project, file)).map(([file]) => file).sort();
}
function noteGeneratedPaths(project, scope, io) {
  for (let p of scope.paths)
    !fs7.statSync(p).isDirectory() && isGeneratedFile(project.model, p) && io.err(`rfl-ffi: note: ${path17.relative(io.cwd, p)} is generated by bindgen: it is read for the index, never checked`);
}
function checkFiles(project, scope, io, said, tree = DISK) {
  let warn = (file, what) => {
    let key2 = `${path17.relative(scope.srctree, file)} ${what}`;
    said.has(key2) || (said.add(key2), io.err(`rfl-ffi: warning: ${path17.relative(io.cwd, file)} ${what}`));
  }, files = checkableFiles(project, scope.roots, (dir, reason) => warn(dir, `${reason}; skipped`), tree), findings = [], texts = /* @__PURE__ */ new Map(), repaired = /* @__PURE__ */ new Set();
  for (let file of files) {
    let r = tree.read(file);
    if (!r.ok) {
      warn(file, `${r.reason}; skipped`);
      continue;
    }
    r.warning && (warn(file, r.warning), repaired.add(file)), texts.set(file, r.text), findings.push(...analyze(file, r.text, project));
  }
  return { files, findings, texts, repaired };
}
function countFindings(findings) {
  let count = (...s) => findings.filter((f) => s.includes(f.severity)).length;
  return `${count("error")} errors, ${count("warning")} warnings, ${count("information", "hint")} notes`;
}
function failing(findings) {
  return findings.some((f) => f.severity === "error" || f.severity === "warning");
}
var FORMATS = ["text", "json", "sarif", "github"];
function printFindings(findings, format, srctree, fileCount, io) {
  format === "json" ? io.out(formatJson(findings, srctree)) : format === "sarif" ? io.out(formatSarif(findings, srctree, VERSION)) : (findings.length && io.out(format === "github" ? formatGithub(findings, io.cwd) : formatText(findings, io.cwd)), io.err(`rfl-ffi: ${countFindings(findings)} in ${fileCount} files`));
}
function runCheck(args, io) {
  let format = stringValue(args, "format") ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError("--format is text, json, sarif or github");
  let rev = stringValue(args, "diff"), patchArg = stringValue(args, "patch");
  if (rev !== void 0 && patchArg !== void 0) throw new UsageError("--diff and --patch do not go together");
  let options = treeOptions(args), scope = scopeOf(args, io), patched = patchArg !== void 0 ? applyToTree(readPatch(patchArg, io), scope.srctree, io) : void 0, tree = patched ? overlayFiles(patched.texts) : DISK, project = loadProject(scope.srctree, options, patched && ((model) => IndexCache.inMemory(model.srctree, model.objtree)), tree);
  if (reportNotes(project, io)) return 2;
  noteGeneratedPaths(project, scope, io);
  let added = rev !== void 0 ? addedSince(scope.srctree, rev) : patched?.added, reviewed = added ? { ...scope, roots: reviewedFiles(project, scope, added) } : scope, checked = checkFiles(project, reviewed, io, new Set(project.notes.map((n) => n.message)), tree), findings = added ? onAddedLines(checked.findings, added) : checked.findings;
  return printFindings(findings, format, scope.srctree, checked.files.length, io), project.reusedIndex && codeCache()?.save(), failing(findings) && !args.values["exit-zero"] ? 1 : 0;
}
var check = { spec: CHECK, run: runCheck };

// server/src/cli/fix.ts
var path18 = __toESM(require("node:path"));

// server/src/core/features/fixAll.ts
init_text();
function clash(a, b) {
  return a.from === a.to || b.from === b.to ? Math.max(a.from, b.from) <= Math.min(a.to, b.to) : a.from < b.to && b.from < a.to;
}
function same(a, b) {
  return a.from === b.from && a.to === b.to && a.edit.newText === b.edit.newText;
}
function machineFixable(finding, options) {
  return finding.fixes.length > 0 && !finding.fixes[0].suggestion && options.rules.get(finding.code)?.machineFix === !0 && (!options.only || options.only.has(finding.code));
}
function fixRound(findings, options) {
  let taken = /* @__PURE__ */ new Map(), starts = /* @__PURE__ */ new Map(), fixed = [];
  for (let finding of findings) {
    if (!machineFixable(finding, options)) continue;
    let fix2 = finding.fixes[0], planned = /* @__PURE__ */ new Map();
    if (fix2.edits.every((fe) => {
      let text = options.textOf(fe.file);
      if (fe.create || text === void 0 || !options.mayEdit(fe.file)) return !1;
      let ls = starts.get(fe.file);
      ls || starts.set(fe.file, ls = lineStarts(text));
      let before3 = taken.get(fe.file) ?? [], spans = planned.get(fe.file) ?? [];
      for (let edit of fe.edits) {
        let span = { from: offsetAt(ls, text, edit.range.start), to: offsetAt(ls, text, edit.range.end), edit };
        if (!before3.some((b) => same(b, span))) {
          if (before3.some((b) => clash(b, span))) return !1;
          spans.push(span);
        }
      }
      return planned.set(fe.file, spans), !0;
    })) {
      for (let [file, spans] of planned) taken.set(file, [...taken.get(file) ?? [], ...spans]);
      fixed.push(finding);
    }
  }
  let edits = [...taken].map(([file, spans]) => ({
    file,
    // Stable: inserts at one offset keep the order of their findings.
    edits: [...spans].sort((a, b) => a.from - b.from).map((s) => s.edit)
  }));
  return { fixed, edits };
}

// server/src/cli/fix.ts
init_registry();
init_text();
init_tree();
init_files();
init_indexCache();
init_kernelTree();
var MAX_ROUNDS = 5, FIX = {
  name: "fix",
  operands: "[PATH\u2026]",
  summary: "Applies every machine-applicable fix under the PATHs, round after round.",
  details: `At most ${MAX_ROUNDS} rounds. Prints "fixed N findings in M files" and the findings that remain. A fix that needs a person's choice (the safe wrapper of raw-binding-use, the helper or include of missing-binding, c-char-sign's byte test) is never applied: the editor offers it. Exit status as for check, for the findings that remain.`,
  options: [
    TREE,
    ...TREE_OPTIONS,
    { name: "only", value: "CODE,\u2026", help: "apply only these rules' fixes (rfl-ffi rules lists the codes)" },
    { name: "diff", help: "write nothing; print one unified diff, paths a/\u2026 b/\u2026 relative to the tree, for git apply or patch -p1" }
  ],
  example: "rfl-ffi fix ~/linux/rust/kernel --only unnecessary-cast --diff > casts.patch"
}, RULE_META = new Map(RULES.map((r) => [r.meta.code, r.meta]));
function onlyCodes(value) {
  if (value === void 0) return;
  let codes = value.split(",").map((c) => c.trim()).filter(Boolean);
  if (!codes.length) throw new UsageError("--only needs at least one rule code");
  for (let code2 of codes) {
    let meta = RULE_META.get(code2);
    if (!meta) throw new UsageError(`unknown rule "${code2}" (rfl-ffi rules lists them)`);
    if (!meta.fixable) throw new UsageError(`${code2} has no fix`);
    if (!meta.machineFix) throw new UsageError(`${code2}'s fixes need a person's choice, so fix never applies them (the editor offers them)`);
  }
  return new Set(codes);
}
function writtenByBuild(project, file) {
  let rel2 = path18.relative(project.model.srctree, file).split(path18.sep).join("/");
  return isGeneratedFile(project.model, file) || /_generated\.\w+$/.test(rel2) || /(^|\/)include\/generated\//.test(rel2);
}
function unifiedDiff(srctree, changes) {
  return changes.map(({ file, before: before3, after }) => {
    let rel2 = path18.relative(srctree, file).split(path18.sep).join("/"), bom = hasBom(file) ? "\uFEFF" : "";
    return createTwoFilesPatch(`a/${rel2}`, `b/${rel2}`, bom + before3, bom + after, void 0, void 0, { headerOptions: FILE_HEADERS_ONLY });
  }).join("");
}
function runFix(args, io) {
  let only = onlyCodes(stringValue(args, "only")), options = treeOptions(args), scope = scopeOf(args, io), asDiff = args.values.diff === !0, fixed = /* @__PURE__ */ new Map(), original = /* @__PURE__ */ new Map(), cache3, said = /* @__PURE__ */ new Set(), applied = [], project, checked;
  for (let round = 0; ; round++) {
    let tree = overlayFiles(fixed);
    if (project = loadProject(scope.srctree, options, (model) => cache3 ??= new IndexCache(model.srctree, model.objtree), tree), round === 0) {
      if (reportNotes(project, io)) return 2;
      noteGeneratedPaths(project, scope, io), said = new Set(project.notes.map((n) => n.message));
    }
    checked = checkFiles(project, scope, io, said, tree);
    let current = project, textOf = (file) => {
      let r = tree.read(file);
      return r.ok && !r.warning ? r.text : void 0;
    }, next = fixRound(checked.findings, {
      rules: RULE_META,
      only,
      textOf,
      mayEdit: (file) => !path18.relative(scope.srctree, file).startsWith("..") && !writtenByBuild(current, file)
    });
    if (!next.fixed.length) break;
    if (round === MAX_ROUNDS) {
      io.err(`rfl-ffi: warning: the fixes did not settle in ${MAX_ROUNDS} rounds (${next.fixed.length} more would apply); run rfl-ffi fix again`);
      break;
    }
    for (let fe of next.edits) {
      let before3 = textOf(fe.file);
      original.has(fe.file) || original.set(fe.file, before3), fixed.set(fe.file, applyEdits(before3, fe.edits));
    }
    applied.push(...next.fixed.map((f) => f.fixes[0].edits.map((fe) => fe.file)));
  }
  let changes = [...fixed].filter(([file, text]) => text !== original.get(file)).sort(([a], [b]) => a < b ? -1 : 1).map(([file, after]) => ({ file, before: original.get(file), after })), unwritten = /* @__PURE__ */ new Set();
  if (asDiff)
    changes.length && io.out(unifiedDiff(scope.srctree, changes).replace(/\n$/, ""));
  else
    for (let c of changes)
      try {
        writeText(c.file, c.after);
      } catch (e) {
        io.err(`rfl-ffi: error: ${path18.relative(io.cwd, c.file)} cannot be written (${e.code ?? String(e)}); its fixes are not applied`), unwritten.add(c.file);
      }
  let count = applied.filter((files) => files.every((f) => !unwritten.has(f))).length;
  unwritten.size && (checked = checkFiles(loadProject(scope.srctree, options), scope, io, said));
  let remaining = checked.findings;
  return remaining.length && (asDiff ? io.err : io.out)(formatText(remaining, io.cwd)), io.err(`rfl-ffi: fixed ${count} findings in ${changes.length - unwritten.size} files${asDiff ? " (as a diff: nothing written)" : ""}`), io.err(`rfl-ffi: ${countFindings(remaining)} remain in ${checked.files.length} files`), unwritten.size ? 2 : failing(remaining) ? 1 : 0;
}
var fix = { spec: FIX, run: runFix };

// server/src/cli/main.ts
init_treeInfo();

// server/src/cli/generateHelper.ts
var path19 = __toESM(require("node:path"));
init_generateHelper();
init_files();
init_kernelTree();
function describeEdit(fe, srctree) {
  let rel2 = path19.relative(srctree, fe.file);
  return fe.create ? `--- ${rel2} (new file)
${fe.edits[0].newText}` : fe.edits.map((e) => `--- ${rel2}:${e.range.start.line + 1} (insert)
${e.newText}`).join("");
}
function generateHelpers(start, names, write, io) {
  let project = start, failed = 0;
  for (let name of names) {
    let result2 = generateHelperFor(project.model, project.index, name);
    if (!result2.ok) {
      io.err(`rfl-ffi: error: ${name}: ${result2.reason}`), failed++;
      continue;
    }
    if (!write) {
      io.out(result2.fix.edits.map((fe) => describeEdit(fe, project.model.srctree)).join(""));
      continue;
    }
    writeFileEdits(result2.fix.edits), io.out(`${name}: rust_helper_${name} \u2192 ${path19.relative(io.cwd, result2.file)}`), project = reloadHelpers(project);
  }
  return failed ? 1 : 0;
}

// server/src/cli/bindings.ts
var path21 = __toESM(require("node:path"));
init_hover();

// server/src/core/index/declarationText.ts
function generatedItemText(text, line) {
  let start = 0;
  for (let i = 0; i < line; i++)
    if (start = text.indexOf(`
`, start) + 1, start === 0) return;
  let pub = start;
  for (; text[pub] === " " || text[pub] === "	"; ) pub++;
  if (!/^(pub\s|type\s|const\s|static\s|fn\s|struct\s|union\s)/.test(text.slice(pub, pub + 8))) return;
  let depth = 0;
  for (let i = pub; i < text.length; i++) {
    let c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) text[i] === "\\" && i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{" || c === "<") depth++;
    else if (c === ")" || c === "]" || c === ">") depth--;
    else if (c === "}") {
      if (--depth === 0 && /^pub\s+(struct|union)\b/.test(text.slice(pub, pub + 12))) return text.slice(pub, i + 1);
    } else if (c === ";" && depth === 0) return text.slice(pub, i + 1);
    c === ">" && text[i - 1] === "-" && depth++;
  }
}

// server/src/cli/bindings.ts
init_files();
init_kernelTree();
var KINDS = [
  ["functions", () => "function"],
  ["statics", () => "static"],
  ["consts", () => "const"],
  ["aliases", () => "type"],
  ["structs", (it) => it.kind === "union" ? "union" : "struct"]
];
function isDerived(f) {
  return "derive" in f;
}
function bindingEntries(project, name, read2) {
  let b = project.index.bindings, tables = { functions: b.functions, statics: b.statics, consts: b.consts, aliases: b.aliases, structs: b.structs }, entries = [];
  for (let [kind, label] of KINDS) {
    let item = tables[kind].get(name);
    if (!item) continue;
    let part = item.fromHeaders ? b.files.find((f) => f.source === item.source && isDerived(f)) : void 0, declaration = part && isDerived(part) ? part.derive(name).items.find((i) => i.kind === kind)?.declaration : generatedItemText(read2(item.file) ?? "", item.nameRange.start.line)?.trim();
    entries.push({ name, kind: label(item), declaration: declaration ?? null, source: displayLocation(project.model, item.file, item.nameRange.start.line) });
  }
  if (entries.length) return { entries, why: [] };
  let why = b.files.filter(isDerived).flatMap((f) => f.derive(name).unknown), at = why.find((w) => w.file && w.range);
  return {
    entries: [{ name, kind: "unknown", declaration: null, source: at ? displayLocation(project.model, at.file, at.range.start.line) : null }],
    why
  };
}
function formatText2(entries, why) {
  let out = [];
  for (let e of entries)
    if (out.push(`${e.name}: ${e.kind}${e.source ? ` (${e.source})` : ""}`), e.declaration) out.push(...e.declaration.split(`
`).map((l) => `    ${l}`));
    else {
      let reasons = why.get(e.name) ?? [];
      out.push(`    ${reasons.length ? `unknown: ${[...new Set(reasons.map((r) => r.why))].join("; ")}` : "not in the bindings"}`);
    }
  return out.join(`
`);
}
var BINDINGS = {
  name: "bindings",
  operands: "NAME\u2026",
  summary: "Prints what bindings::NAME is: its kind, Rust declaration and origin.",
  details: "From bindgen's generated files, or, before the first build (or with --from-headers), as bindgen would generate it from the C headers; a name that cannot be derived for certain is unknown, and says why.",
  options: [
    { ...TREE, help: "the kernel source tree (default: found from the working directory, walking up)" },
    OBJTREE,
    FROM_HEADERS,
    { name: "format", value: "text|json", help: "text (default) or json" }
  ],
  example: "rfl-ffi bindings mutex_lock GFP_KERNEL --tree ~/linux --from-headers"
};
function runBindings(args, io) {
  let format = stringValue(args, "format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError("--format is text or json");
  let positionals = args.positionals;
  if (!positionals.length) throw new UsageError("bindings needs at least one name (what Rust writes after `bindings::`)");
  let srctree = resolveSrctree(path21.resolve(io.cwd, stringValue(args, "tree") ?? ".")), project = loadProject(srctree, { objtree: stringValue(args, "objtree"), fromHeaders: args.values["from-headers"] === !0 });
  for (let n of project.notes) n.severity !== "info" && io.err(`rfl-ffi: ${n.severity}: ${n.message}`);
  if (project.notes.some((n) => n.severity === "error")) return 2;
  let texts = /* @__PURE__ */ new Map(), read2 = (file) => {
    if (!texts.has(file)) {
      let r = readText(file);
      texts.set(file, r.ok ? r.text : void 0);
    }
    return texts.get(file);
  }, entries = [], why = /* @__PURE__ */ new Map();
  for (let name of positionals) {
    let r = bindingEntries(project, name, read2);
    entries.push(...r.entries), r.why.length && why.set(name, r.why);
  }
  return io.out(format === "json" ? JSON.stringify({ bindings: entries }, null, 2) : formatText2(entries, why)), 0;
}
var bindings = { spec: BINDINGS, run: runBindings };

// server/src/cli/main.ts
init_version();
var INFO = {
  name: "info",
  operands: "[TREE]",
  summary: "Prints the tree model: helpers, C-type mapping, arches, generated files, counts.",
  options: [...TREE_OPTIONS, { name: "format", value: "text|json", help: "text (default) or json" }],
  example: "rfl-ffi info ~/linux --format json"
};
function runInfo(args, io) {
  let format = stringValue(args, "format") ?? "text";
  if (!["text", "json"].includes(format)) throw new UsageError("--format is text or json");
  if (args.positionals.length > 1) throw new UsageError("info takes one tree");
  let options = treeOptions(args), srctree = resolveSrctree(path22.resolve(io.cwd, args.positionals[0] ?? ".")), project = loadProject(srctree, options), info = treeInfo(project);
  return io.out(format === "json" ? JSON.stringify(info, null, 2) : formatInfoText(info)), reportNotes(project, io) ? 2 : 0;
}
var GENERATE_HELPER = {
  name: "generate-helper",
  operands: "NAME\u2026",
  summary: "Prints the C helper for static inline functions and function-like macros.",
  options: [
    { ...TREE, help: "the kernel source tree (default: found from the working directory, walking up)" },
    OBJTREE,
    { name: "write", help: "write each helper into its header's helper file (a new one is included from helpers.c)" }
  ],
  example: "rfl-ffi generate-helper refcount_inc --tree ~/linux --write"
};
function runGenerateHelper(args, io) {
  if (!args.positionals.length) throw new UsageError("generate-helper needs at least one C function or macro name");
  let srctree = resolveSrctree(path22.resolve(io.cwd, stringValue(args, "tree") ?? ".")), project = loadProject(srctree, treeOptions(args));
  return reportNotes(project, io) ? 2 : generateHelpers(project, args.positionals, args.values.write === !0, io);
}
var RULES_COMMAND = {
  name: "rules",
  operands: "",
  summary: "Lists the rules: code, language, default severity, what each reports.",
  options: [],
  example: "rfl-ffi rules"
};
function runRules(args, io) {
  if (args.positionals.length) throw new UsageError("rules takes no arguments");
  for (let r of RULES) io.out(`${r.meta.code.padEnd(26)} ${r.meta.language.padEnd(5)} ${r.meta.defaultSeverity.padEnd(12)} ${r.meta.description}`);
  return 0;
}
var LSP = {
  name: "lsp",
  operands: "--stdio",
  summary: "Runs the language server over stdin and stdout.",
  details: "Settings come as initialization options, or in workspace/didChangeConfiguration under rflFfi: tree, objtree, arches, mapping, severity.",
  options: [
    { name: "stdio", help: "talk over stdin and stdout (the only transport)" },
    { name: "clientProcessId", value: "PID", help: "exit when this process does (VS Code passes it)" }
  ],
  example: "rfl-ffi lsp --stdio"
}, COMMANDS = [
  check,
  fix,
  { spec: INFO, run: runInfo },
  { spec: GENERATE_HELPER, run: runGenerateHelper },
  bindings,
  { spec: RULES_COMMAND, run: runRules },
  {
    spec: LSP,
    run: (args, _io, serve) => {
      if (!args.values.stdio || args.positionals.length) throw new UsageError("lsp talks over stdio only: rfl-ffi lsp --stdio");
      return serve(), "serving";
    }
  }
];
function topHelp() {
  let width = Math.max(...COMMANDS.map((c) => c.spec.name.length)) + 2;
  return [
    "usage: rfl-ffi <command> [options]",
    "",
    "Checks where Rust meets C in a Linux kernel tree: the C helpers, the bindgen bindings, the",
    "kernel crate and the drivers that call them.",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}${c.spec.summary}`),
    "",
    "options:",
    "  -h, --help     show this help, or a command's with rfl-ffi <command> --help",
    "  --version      print the version",
    "",
    "example:",
    "  rfl-ffi check ~/linux"
  ].join(`
`);
}
globalThis.__M?.("runCli def");function runCli(argv, io, serve = () => {
}) {
  let [name, ...rest] = argv, command = COMMANDS.find((c) => c.spec.name === name);
  try {
    if (name === "--version") return io.out(VERSION), 0;
    if (name === "--help" || name === "-h") return io.out(topHelp()), 0;
    if (name === "help") {
      let about = COMMANDS.find((c) => c.spec.name === rest[0]);
      if (rest.length && !about) throw new UsageError(`unknown command "${rest[0]}"`);
      return io.out(about ? helpText(about.spec) : topHelp()), 0;
    }
    if (!command) throw new UsageError(name ? `unknown command "${name}"` : "no command given");
    let args = parseCommand(command.spec, rest);
    return args.values[HELP_OPTION.name] ? (io.out(helpText(command.spec)), 0) : command.run(args, io, serve);
  } catch (e) {
    if (e instanceof UsageError)
      return io.err(`rfl-ffi: ${e.message}
usage: ${command ? usageLine(command.spec) : "rfl-ffi <command> [options]"}
(rfl-ffi ${command ? command.spec.name + " " : ""}--help says more)`), 2;
    if (e instanceof TreeError || e instanceof PatchError)
      return io.err(`rfl-ffi: error: ${e.message}`), 2;
    throw e;
  }
}

// server/src/main.ts
var result = runCli(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(s + `
`),
    err: (s) => process.stderr.write(s + `
`),
    cwd: process.cwd()
  },
  // Loaded only here, so the CLI never pays for the LSP libraries.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  () => (init_server(), __toCommonJS(server_exports)).startServer()
);
result !== "serving" && (process.exitCode = result);
