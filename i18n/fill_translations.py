#!/usr/bin/env python3
"""Fills i18n/paperdesk_<lang>.ts from the translation table i18n/translations.txt.

The table holds blocks separated by blank lines:
    en: English source text
    de: German translation
    zh: Simplified Chinese translation
`\\n` stands for a line break. For plural (%n) messages the forms are separated by " || "
(German: singular || plural; Chinese: one form). Every message of the .ts files is looked up by
its English source; a message missing from the table is reported and the script fails, so the
.ts files never hold unfinished entries. Run after lupdate:
    python3 i18n/fill_translations.py
"""
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
FILES = {"de": HERE / "paperdesk_de.ts", "zh": HERE / "paperdesk_zh_CN.ts"}


def unescape(text):
    return text.replace("\\n", "\n")


def read_table(path):
    table = {}
    block = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines() + [""], 1):
        if not line.strip():
            if block:
                if set(block) != {"en", "de", "zh"}:
                    sys.exit(f"{path}:{number}: a block needs en, de and zh lines, has {sorted(block)}")
                table[block["en"]] = block
                block = {}
            continue
        key, sep, value = line.partition(": ")
        if not sep or key not in ("en", "de", "zh"):
            sys.exit(f"{path}:{number}: expected 'en: ', 'de: ' or 'zh: ', got {line[:40]!r}")
        block[key] = unescape(value)
    return table


def fill(lang, path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        row = table.get(source)
        if row is None:
            missing.append(source)
            continue
        text = row[lang]
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = text.split(" || ")
            expected = 2 if lang == "de" else 1
            if len(forms) != expected:
                sys.exit(f"{lang}: {source!r} needs {expected} plural forms, has {len(forms)}")
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    normalize(path)
    return missing


def normalize(path):
    """Rewrites the file in lupdate's own layout, so lupdate runs and this script give no churn."""
    lconvert = shutil.which("lconvert", path="/usr/lib/qt6/bin") or shutil.which("lconvert")
    if lconvert:
        subprocess.run([lconvert, "-i", str(path), "-o", str(path)], check=True)


def main():
    table = read_table(HERE / "translations.txt")
    failed = False
    for lang, path in FILES.items():
        missing = fill(lang, path, table)
        for source in missing:
            print(f"{path.name}: no translation for {source!r}", file=sys.stderr)
        failed = failed or bool(missing)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
