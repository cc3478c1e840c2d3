#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill Lockstep's .ts files from a plain-text table, without Qt Linguist.

  translate_missing.py [LANG...] > table.txt   print the unfinished messages (of all or the given languages)
  translate_missing.py --all [LANG...]         print every message, translated or not, for a review
  translate_missing.py --apply table.txt       write the filled lines into translations/lockstep_<lang>.ts
  translate_missing.py --status                count finished and unfinished messages per language

Only the <translation> element of a message is rewritten, escaped as lupdate writes it, so lupdate
leaves the files as they are. See README.md beside this file for the table format.
"""
import argparse
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
PLURAL_HINTS = {
    "de": "[0] 1  [1] 0, 2, 3, ...",
    "en": "[0] 1  [1] 0, 2, 3, ...  (plural messages only: lockstep_en.ts is made with lupdate -pluralonly)",
    "es": "[0] 1  [1] 0, 2, 3, ...",
    "fr": "[0] 0, 1  [1] 2, 3, ...",
    "pl": "[0] 1  [1] 2-4, 22-24, 32-34, ...  [2] 0, 5-21, 25-31, ...",
}
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
TRANSLATION_RE = re.compile(r"( *)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
FORM_RE = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def protect(text):
    """Escapes text the way lupdate does (Qt's ts.cpp)."""
    out = []
    for ch in text:
        if ch in '"&<>\'':
            out.append({'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}[ch])
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append("&#x%x;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def tag_text(body, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), body, re.S)
    return html.unescape(m.group(1)) if m else ""


def messages(lang):
    """Yields (key, numerus, forms, finished, match span) for each message of the language's file."""
    text = (HERE / f"lockstep_{lang}.ts").read_text(encoding="utf-8")
    for ctx in CONTEXT_RE.finditer(text):
        name = html.unescape(ctx.group(1))
        for msg in MESSAGE_RE.finditer(ctx.group(2)):
            body = msg.group("body")
            tr = TRANSLATION_RE.search(body)
            numerus = 'numerus="yes"' in msg.group("attrs")
            inner = tr.group("text") or ""
            forms = [html.unescape(f) for f in FORM_RE.findall(inner)] if numerus else [html.unescape(inner)]
            key = (name, tag_text(body, "source"), tag_text(body, "comment"))
            yield key, numerus, forms, "type=" not in tr.group("attrs")


def escape_line(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def unescape_line(s):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)


def export(langs, everything):
    table = {}  # key -> {lang: (numerus, forms)}
    for lang in langs:
        for key, numerus, forms, finished in messages(lang):
            if everything or not finished:
                table.setdefault(key, {})[lang] = (numerus, forms)
    print("# Fill the empty lines and apply with: translate_missing.py --apply FILE. \\n is a line break.")
    print("# Keep %1, %n, %L1 ... and the & of an accelerator. Plural forms:")
    for lang in langs:
        print(f"#   {lang}: {PLURAL_HINTS.get(lang, 'see the .ts file')}")
    context = None
    for key in table:
        if key[0] != context:
            context = key[0]
            print(f"\n[{context}]")
        print(f"\nen: {escape_line(key[1])}")
        if key[2]:
            print(f"note: {escape_line(key[2])}")
        for lang, (numerus, forms) in table[key].items():
            for i, form in enumerate(forms):
                print(f"{lang}[{i}]: {escape_line(form)}" if numerus else f"{lang}: {escape_line(form)}")
    print(f"\n# {len(table)} messages", file=sys.stderr)


def parse_table(path):
    """Returns {lang: {key: [forms]}} from a filled table."""
    out, context, key = {}, "", None
    for n, line in enumerate(pathlib.Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]"):
            context = line.strip()[1:-1]
            continue
        m = re.match(r"^([a-z_]+)(?:\[(\d)\])?: ?(.*)$", line)
        if not m:
            sys.exit(f"{path}:{n}: not a table line: {line}")
        tag, form, value = m.group(1), m.group(2), unescape_line(m.group(3))
        if tag == "en" and form is None:  # the source; en[0], en[1] are English's own plural forms
            key = (context, value, "")
        elif tag == "note":
            key = (key[0], key[1], value)
        elif key is None:
            sys.exit(f"{path}:{n}: a translation before its en: line")
        else:
            forms = out.setdefault(tag, {}).setdefault(key, [])
            index = int(form) if form else 0
            forms.extend([""] * (index + 1 - len(forms)))
            forms[index] = value
    return out


def placeholders(s):
    return set(re.findall(r"%L?(?:\d+|n)", s))


def apply(path):
    for lang, entries in parse_table(path).items():
        file = HERE / f"lockstep_{lang}.ts"
        text = file.read_text(encoding="utf-8")
        done, skipped, unknown = 0, [], set(entries)

        def fill_message(msg, context):
            nonlocal done
            body = msg.group("body")
            key = (context, tag_text(body, "source"), tag_text(body, "comment"))
            if key not in entries:
                return msg.group(0)
            unknown.discard(key)
            forms = entries[key]
            tr = TRANSLATION_RE.search(body)
            numerus = 'numerus="yes"' in msg.group("attrs")
            wanted = len(FORM_RE.findall(tr.group("text") or "")) if numerus else 1
            complete = len(forms) == wanted and all(f.strip() for f in forms)
            complete = complete and all(placeholders(key[1]) <= placeholders(f) for f in forms)
            if not complete:
                skipped.append(key[1])
            state = "" if complete else ' type="unfinished"'
            indent = tr.group(1)
            if numerus:
                forms = (forms + [""] * wanted)[:wanted]
                inner = "".join(f"\n{indent}    <numerusform>{protect(f)}</numerusform>" for f in forms)
                new = f"{indent}<translation{state}>{inner}\n{indent}</translation>"
            else:
                new = f"{indent}<translation{state}>{protect(forms[0])}</translation>"
            done += complete
            return msg.group(0).replace(tr.group(0), new, 1)

        def fill_context(ctx):
            context = html.unescape(ctx.group(1))
            inner = MESSAGE_RE.sub(lambda m: fill_message(m, context), ctx.group(2))
            return ctx.group(0).replace(ctx.group(2), inner, 1)

        file.write_text(CONTEXT_RE.sub(fill_context, text), encoding="utf-8")
        print(f"{lang}: {done} translated", file=sys.stderr)
        for s in skipped:
            print(f"{lang}: left unfinished (empty form, missing form or placeholder): {s}", file=sys.stderr)
        for key in unknown:
            print(f"{lang}: not in the .ts file (run update_translations first?): [{key[0]}] {key[1]}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("langs", nargs="*")
    parser.add_argument("--all", action="store_true", help="print translated messages too")
    parser.add_argument("--apply", metavar="TABLE")
    parser.add_argument("--status", action="store_true")
    args = parser.parse_args()
    langs = args.langs or sorted(p.stem.split("_", 1)[1] for p in HERE.glob("lockstep_*.ts"))
    if args.apply:
        apply(args.apply)
    elif args.status:
        unfinished = 0
        for lang in langs:
            states = [finished for *_, finished in messages(lang)]
            unfinished += states.count(False)
            print(f"{lang}: {states.count(True)} finished, {states.count(False)} unfinished")
        sys.exit(1 if unfinished else 0)
    else:
        export(langs, args.all)


if __name__ == "__main__":
    main()
