// Minimal globs (CLI --include / --exclude, the editor's files.exclude): `*` (within a path segment), `**` (any number of
// segments), `?`, `{a,b}`. Matched against the path relative to the folder given on the command
// line, with `/` separators; a pattern without `/` matches the file name alone (`*.md`).

function escape(c: string): string {
  return /[.+^$()|[\]\\]/.test(c) ? `\\${c}` : c;
}

function toSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` = zero or more whole segments; a trailing `**` = anything.
        if (glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob
        .slice(i + 1, close)
        .split(',')
        .map((alt) => toSource(alt))
        .join('|')})`;
      i = close;
    } else out += escape(c);
  }
  return out;
}

export function globMatcher(glob: string): (relative: string) => boolean {
  const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  const re = new RegExp(`^${toSource(normalized)}$`);
  const nameOnly = !normalized.includes('/');
  return (relative) => {
    const path = relative.replace(/\\/g, '/');
    return re.test(nameOnly ? (path.split('/').pop() ?? path) : path);
  };
}
