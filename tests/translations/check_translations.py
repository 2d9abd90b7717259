#!/usr/bin/env python3
"""Fails when a translation is incomplete, out of date with the code, or broken.

For each translations/folio_<lang>.ts: lupdate reads lib/ and app/ into a copy (as the
update_translations target does); the copy must hold exactly the committed file's messages,
with none unfinished, and each translation must keep its source's placeholders (%1, %n) and
its one menu mnemonic (&).

usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(path):
    """{(context, source): [translations]} and the unfinished ones' keys."""
    found = {}
    unfinished = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found[key] = forms
            if translation.get("type") == "unfinished" or not all(forms):
                unfinished.append(key)
    return found, unfinished


def mnemonics(text):
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def main():
    lupdate, source_dir, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts_file in ts_files:
            name = os.path.basename(ts_file)
            copy = os.path.join(scratch, name)
            shutil.copyfile(ts_file, copy)
            command = [lupdate, "-silent", "-locations", "none", "-no-obsolete"]
            if name == "folio_en.ts":
                command.append("-pluralonly")
            command += [os.path.join(source_dir, "lib"), os.path.join(source_dir, "app"),
                        "-ts", copy]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            committed, _ = messages(ts_file)
            current, unfinished = messages(copy)
            added = sorted(set(current) - set(committed))
            gone = sorted(set(committed) - set(current))
            for context, source in added:
                problems.append(f"{name}: new text, run the update_translations target: "
                                f"{context}: {source!r}")
            for context, source in gone:
                problems.append(f"{name}: text no longer in the code: {context}: {source!r}")
            for context, source in unfinished:
                if (context, source) not in added:
                    problems.append(f"{name}: unfinished: {context}: {source!r}")
            for (context, source), forms in current.items():
                expected = set(PLACEHOLDER.findall(source))
                for index, form in enumerate(forms):
                    if not form:
                        continue
                    wanted = set(expected)
                    if len(forms) > 1 and index < len(forms) - 1:
                        # A singular may say the number in words ("A proposal…").
                        wanted.discard("%n")
                    if set(PLACEHOLDER.findall(form)) - {"%n"} != wanted - {"%n"} or (
                            "%n" in wanted and "%n" not in form):
                        problems.append(f"{name}: placeholders differ: {context}: {source!r} "
                                        f"-> {form!r}")
                    if name != "folio_en.ts" and mnemonics(source) != mnemonics(form):
                        problems.append(f"{name}: mnemonic (&) differs: {context}: "
                                        f"{source!r} -> {form!r}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the translations")
        return 1
    print(f"{len(ts_files)} translation files complete and current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
