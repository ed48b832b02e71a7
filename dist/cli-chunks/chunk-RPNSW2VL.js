import { createRequire as __pmovesCreateRequire } from 'node:module'; const require = __pmovesCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-MA3RAYPA.js";

// src/env/parse.ts
import { readFileSync } from "node:fs";
var KEY_CHAR = /[A-Za-z0-9_.\-[\]]/;
function lineColAt(text, offset) {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
function unescapeDouble(s) {
  return s.replace(/\\([\s\S])/g, (m, c) => {
    switch (c) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case "$":
        return m;
      default:
        return c;
    }
  });
}
function parseEnv(text, file) {
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const at = lineColAt(text, nul);
    throw new UserError("binary content (NUL byte) in an env file", {
      file,
      ...at,
      hint: "env files are UTF-8 text with one KEY=value per line; check the path points at the right file"
    });
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const entries = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = (at) => at - lineStart + 1;
  const fail = (msg, at, hint) => {
    throw new UserError(msg, { file, line, column: col(at), hint });
  };
  const nextLine = () => {
    const nl = text.indexOf("\n", i);
    i = nl === -1 ? n : nl + 1;
    line++;
    lineStart = i;
  };
  while (i < n) {
    while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\r")) i++;
    if (i >= n) break;
    if (text[i] === "\n") {
      nextLine();
      continue;
    }
    if (text[i] === "#") {
      nextLine();
      continue;
    }
    let exported = false;
    if (text.startsWith("export", i) && (text[i + 6] === " " || text[i + 6] === "	")) {
      exported = true;
      i += 6;
      while (i < n && (text[i] === " " || text[i] === "	")) i++;
    }
    const keyStart = i;
    const keyColumn = col(i);
    while (i < n && KEY_CHAR.test(text[i])) i++;
    const key = text.slice(keyStart, i);
    if (!key) {
      fail(`invalid character ${JSON.stringify(text[i])} where a variable name should start`, i, "each line is KEY=value, a comment starting with #, or empty");
    }
    while (i < n && (text[i] === " " || text[i] === "	")) i++;
    if (text[i] !== "=" && text[i] !== ":") {
      if (i >= n || text[i] === "\n" || text[i] === "\r") {
        fail(`"${key}" has no "=" and no value`, keyStart, `write ${key}= for an empty value, or remove the line`);
      }
      fail(`invalid character ${JSON.stringify(text[i])} in variable name "${key}"`, i, "names use letters, digits and _ (e.g. JWT_SECRET); write KEY=value");
    }
    const afterSeparator = ++i;
    while (i < n && (text[i] === " " || text[i] === "	")) i++;
    let valueStart = i;
    const entryLine = line;
    let valueColumn = col(i);
    let value;
    let quote = "none";
    let rawEnd;
    const q = text[i];
    if (q === '"' || q === "'") {
      quote = q === '"' ? "double" : "single";
      let j = i + 1;
      let closed = -1;
      while (j < n) {
        const c = text[j];
        if (c === "\\" && q === '"') {
          j += 2;
          continue;
        }
        if (c === q && !(q === "'" && text[j - 1] === "\\")) {
          closed = j;
          break;
        }
        j++;
      }
      if (closed === -1) {
        fail(`unterminated ${quote}-quoted value of "${key}"`, valueStart, `close the value with ${q} (a quoted value may span lines, so everything after the opening quote was read as its value)`);
      }
      const body = text.slice(i + 1, closed);
      value = quote === "double" ? unescapeDouble(body) : body;
      for (let k = text.indexOf("\n", i); k !== -1 && k < closed; k = text.indexOf("\n", k + 1)) {
        line++;
        lineStart = k + 1;
      }
      rawEnd = closed + 1;
      i = closed + 1;
      while (i < n && (text[i] === " " || text[i] === "	" || text[i] === "\r")) i++;
      if (i < n && text[i] !== "\n" && text[i] !== "#") {
        fail(`unexpected text after the closing quote of "${key}"`, i, "put a comment after whitespace and #, or move the text inside the quotes");
      }
    } else {
      let end = text.indexOf("\n", i);
      if (end === -1) end = n;
      let v = text.slice(i, end);
      const hash = v.search(/[ \t]#/);
      if (hash !== -1) v = v.slice(0, hash);
      else if (v.startsWith("#")) v = "";
      value = v.replace(/[ \t\r]+$/, "");
      if (value === "") {
        valueStart = afterSeparator;
        valueColumn = col(afterSeparator);
      }
      rawEnd = valueStart + value.length;
      i = end;
    }
    entries.push({
      key,
      value,
      line: entryLine,
      column: keyColumn,
      endLine: line,
      valueColumn,
      exported,
      quote,
      raw: text.slice(valueStart, rawEnd)
    });
    if (i < n) nextLine();
  }
  return { file, entries };
}
function readEnvFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = err.code;
    throw new UserError(code === "ENOENT" ? "env file not found" : `cannot read env file (${code ?? err.message})`, {
      file: path,
      hint: code === "ENOENT" ? "check the path, or create it from env-templates/" : "check the file permissions"
    });
  }
  return parseEnv(text, path);
}

export {
  parseEnv,
  readEnvFile
};
