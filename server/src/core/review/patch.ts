/**
 * A patch under review: a unified diff, a `git format-patch` mail, or an mbox of several
 * (a cover letter, which has no diff, is passed over). Parsed with jsdiff; applied in memory,
 * patch after patch, to the tree's texts, as `git am` would apply the series.
 */
import { type StructuredPatch, applyPatch, parsePatch } from 'diff';

/** What the review says when the input is not a patch it can apply: the CLI exits 2 with it. */
export class PatchError extends Error {}

/** One file's change in one patch; paths relative to the tree (`-p1`), null for /dev/null. */
export interface FilePatch {
  oldPath: string | null;
  newPath: string | null;
  hunks: StructuredPatch['hunks'];
  /** The 1-based line of each hunk's `@@` header in the input. */
  hunkLines: number[];
  /** A binary change (`GIT binary patch`, `Binary files … differ`): there is no text to apply. */
  binary: boolean;
}

export interface Patch {
  /** The mail's subject, when the patch came as a mail. */
  subject?: string;
  files: FilePatch[];
}

/** The start of a message in an mbox (`git format-patch` writes `From <sha> Mon Sep 17 00:00:00 2001`). */
const FROM_LINE = /^From \S+ +\S+ \S+ +\d+ [\d:]+ \d{4}$/;
/** Where a mail's diff starts, as `git mailinfo` sees it. */
const DIFF_START = /^(diff --git |Index: |--- \S)/;

interface PatchText {
  subject?: string;
  /** The 0-based line of the input where the diff starts. */
  start: number;
  lines: string[];
}

/** The subject of a mail's headers, unfolded, without its `[PATCH …]` tag. */
function subjectOf(headers: string[]): string | undefined {
  const at = headers.findIndex((l) => /^Subject:/i.test(l));
  if (at < 0) return undefined;
  let subject = headers[at].replace(/^Subject:\s*/i, '');
  for (let i = at + 1; i < headers.length && /^[ \t]/.test(headers[i]); i++) subject += ' ' + headers[i].trim();
  return subject;
}

/** The diff in each message of the input (a plain diff is one message without headers). */
function patchTexts(lines: string[]): PatchText[] {
  const starts = lines.flatMap((l, i) => (FROM_LINE.test(l) ? [i] : []));
  const messages = starts.length ? starts.map((s, k) => [s, starts[k + 1] ?? lines.length]) : [[0, lines.length]];
  const out: PatchText[] = [];
  for (const [from, to] of messages) {
    const body = lines.slice(from, to);
    const headerEnd = starts.length ? body.indexOf('') : 0;
    const headers = body.slice(0, Math.max(headerEnd, 0));
    const encoding = headers.find((h) => /^Content-Transfer-Encoding:\s*(base64|quoted-printable)/i.test(h));
    const diffAt = body.findIndex((l, i) => i >= headerEnd && DIFF_START.test(l) && (!l.startsWith('--- ') || body[i + 1]?.startsWith('+++ ')));
    if (diffAt < 0) continue;
    if (encoding) throw new PatchError(`the mail at line ${from + 1} is ${encoding.split(':')[1].trim()}-encoded; save it decoded (as b4 am or git format-patch write it)`);
    // A mail ends with a signature (`-- `, then git's version), which is no diff line.
    const signature = body.lastIndexOf('-- ');
    const end = signature > diffAt && body.slice(signature + 1).every((l) => !/^[ +\-@\\]/.test(l)) ? signature : body.length;
    out.push({ subject: subjectOf(headers), start: from + diffAt, lines: body.slice(diffAt, end) });
  }
  return out;
}

/** `a/drivers/x.rs` → `drivers/x.rs` (`patch -p1`); `/dev/null` → null. */
function stripPrefix(name: string | undefined): string | null | undefined {
  if (name === undefined) return undefined;
  if (name === '/dev/null') return null;
  const slash = name.indexOf('/');
  return slash < 0 ? name : name.slice(slash + 1);
}

function parseOne(text: PatchText): Patch {
  // Blank lines in front keep jsdiff's line numbers those of the input.
  let parsed: StructuredPatch[];
  try {
    parsed = parsePatch('\n'.repeat(text.start) + text.lines.join('\n'));
  } catch (e) {
    const why = (e as Error).message;
    throw new PatchError(`the patch is cut short or damaged${text.subject ? ` (in "${text.subject}")` : ''}: ${why[0].toLowerCase()}${why.slice(1)}`);
  }
  // The input's own lines tell which git sections are binary and where each hunk starts.
  const sections: boolean[] = [];
  const hunkLines: number[] = [];
  text.lines.forEach((l, i) => {
    if (l.startsWith('diff --git ')) sections.push(false);
    else if (/^(GIT binary patch|Binary files )/.test(l) && sections.length) sections[sections.length - 1] = true;
    else if (l.startsWith('@@ ')) hunkLines.push(text.start + i + 1);
  });
  let section = 0;
  let hunk = 0;
  const files: FilePatch[] = [];
  for (const p of parsed) {
    const binary = p.isGit ? sections[section++] === true : false;
    const oldPath = stripPrefix(p.oldFileName);
    const newPath = stripPrefix(p.newFileName);
    const lines = hunkLines.slice(hunk, (hunk += p.hunks.length));
    // jsdiff makes an entry of text around the diffs too (a mail's trailer): it names no file.
    if (oldPath === undefined && newPath === undefined) continue;
    files.push({
      oldPath: p.isCreate ? null : oldPath ?? newPath!,
      newPath: p.isDelete ? null : newPath ?? oldPath!,
      hunks: p.hunks,
      hunkLines: lines,
      binary,
    });
  }
  return { subject: text.subject, files };
}

/** The patches of the input, in order; a PatchError when it holds none or one is damaged. */
export function parsePatches(input: string): Patch[] {
  if (input.slice(0, 8192).includes('\0')) throw new PatchError('the input is binary data, not a patch');
  // A mail saved with CRLF line ends throughout: the diff is in its lines, not in their ends.
  const crlf = /\r\n/.test(input) && !/(^|[^\r])\n/.test(input);
  const lines = (crlf ? input.replace(/\r\n/g, '\n') : input).split('\n');
  const patches = patchTexts(lines).map(parseOne).filter((p) => p.files.length);
  if (!patches.length) throw new PatchError('the input holds no diff (no `diff --git`, `---`/`+++` or `@@` lines)');
  return patches;
}

/** A file the review could not apply a change to, and why (a binary change): said, never fatal. */
export interface PatchNote {
  path: string;
  message: string;
}

export interface AppliedPatches {
  /** The texts the series leaves, by path relative to the tree; null for a file it deletes. */
  texts: Map<string, string | null>;
  /** For each of them, the file of the tree its text comes from (itself, or renamed), null for a new file. */
  origins: Map<string, string | null>;
  notes: PatchNote[];
}

function where(patch: Patch): string {
  return patch.subject ? ` (in "${patch.subject}")` : '';
}

/** `text` with the first `count` hunks applied, or false when one does not match (no fuzz, as git apply). */
function applyFirst(text: string, fp: FilePatch, count: number): string | false {
  const patch: StructuredPatch = {
    oldFileName: fp.oldPath ?? '/dev/null', newFileName: fp.newPath ?? '/dev/null', oldHeader: undefined, newHeader: undefined,
    hunks: fp.hunks.slice(0, count),
  };
  return applyPatch(text, patch, { fuzzFactor: 0 });
}

/** `text` with the hunks applied, or the index of the first hunk that does not match. */
function applyHunks(text: string, fp: FilePatch): string | number {
  const all = applyFirst(text, fp, fp.hunks.length);
  if (all !== false) return all;
  // Applying one more hunk at a time fails from the first that does not match on.
  let lo = 0;
  let hi = fp.hunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (applyFirst(text, fp, mid + 1) === false) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Applies the patches in order to the texts `textOf` gives (undefined: no such file). A change
 * that does not apply is a PatchError naming the file and the first hunk that fails.
 */
export function applyPatches(patches: Patch[], textOf: (path: string) => string | undefined): AppliedPatches {
  const texts = new Map<string, string | null>();
  const origins = new Map<string, string | null>();
  const notes: PatchNote[] = [];
  const originOf = (p: string | null) => (p === null ? null : origins.has(p) ? origins.get(p)! : p);
  const current = (p: string) => (texts.has(p) ? texts.get(p) ?? undefined : textOf(p));
  for (const patch of patches) {
    for (const fp of patch.files) {
      const target = fp.newPath ?? fp.oldPath!;
      if (fp.binary) {
        notes.push({ path: target, message: `is changed in binary${where(patch)}; not reviewed` });
        if (fp.newPath === null) texts.set(fp.oldPath!, null);
        continue;
      }
      const before = fp.oldPath === null ? '' : current(fp.oldPath);
      if (before === undefined) throw new PatchError(`the patch does not apply${where(patch)}: it changes ${fp.oldPath}, which is not in the tree`);
      if (fp.oldPath === null && current(fp.newPath!) !== undefined) {
        throw new PatchError(`the patch does not apply${where(patch)}: it creates ${fp.newPath}, which exists already`);
      }
      const after = fp.hunks.length ? applyHunks(before, fp) : before;
      if (typeof after === 'number') {
        const h = fp.hunks[after];
        const header = `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`;
        const line = fp.hunkLines[after] ? `, line ${fp.hunkLines[after]} of the patch` : '';
        throw new PatchError(`the patch does not apply${where(patch)}: hunk ${after + 1} of ${fp.hunks.length} of ${fp.oldPath} ` +
          `(${header}${line}) does not match the file`);
      }
      if (fp.newPath !== null) origins.set(fp.newPath, originOf(fp.oldPath));
      if (fp.oldPath !== null && fp.oldPath !== fp.newPath) texts.set(fp.oldPath, null);
      if (fp.newPath !== null) texts.set(fp.newPath, after);
    }
  }
  return { texts, origins, notes };
}
