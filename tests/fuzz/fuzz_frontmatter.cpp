// Front-matter splitting and textual editing on any page text: nothing crashes, and every edit
// the editor accepts changes only the front matter, keeps the body byte for byte, and reads
// back as the value written with every other key unchanged.
//
// Input: a page, then (taken from its end) which edit to make and where in the page to take
// the key and value from, so that a corpus page is a useful seed as it is.

#include "document/fieldvalue.h"
#include "document/frontmatter.h"
#include "document/frontmattereditor.h"
#include "document/page.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Folio::Document;
using Folio::Result;
using Folio::Fuzz::require;

namespace {

void checkBlock(const QString &text, const FrontMatterBlock &block)
{
    require(0 <= block.contentStart && block.contentStart <= block.contentEnd &&
                block.contentEnd <= text.size() && block.bodyStart <= text.size() &&
                block.bodyStart >= 0,
            "the block's offsets are ordered and inside the page");
    if (block.kind == FrontMatterBlock::Kind::Yaml || block.kind == FrontMatterBlock::Kind::Toml) {
        require(block.contentEnd <= block.bodyStart, "the body starts after the front matter");
        require(block.bodyFirstLine == 1 + text.first(block.bodyStart).count(QLatin1Char('\n')),
                "bodyFirstLine is the body's line");
    } else {
        require(block.bodyStart == 0 && block.bodyFirstLine == 1,
                "a page without a closed front matter shows all of it");
    }
}

// A piece of the page: keys and values that look like what pages hold, and sometimes not.
QString slice(const QString &text, quint16 start, quint8 length)
{
    if (text.isEmpty())
        return {};
    QString piece = text.mid(start % text.size(), length % 48);
    // Never split a surrogate pair: a lone half is not text a user can type.
    if (!piece.isEmpty() && piece.back().isHighSurrogate())
        piece.chop(1);
    if (!piece.isEmpty() && piece.front().isLowSurrogate())
        piece.remove(0, 1);
    return piece;
}

FieldValue valueOf(quint8 type, const QString &piece)
{
    switch (type % 6) {
    case 0:
        return FieldValue::string(piece);
    case 1:
        return FieldValue::boolean(piece.size() % 2 == 0);
    case 2:
        return FieldValue::integer(qint64(piece.size()) * 7919 - 40000);
    case 3:
        return FieldValue::list(piece.split(QLatin1Char(' ')));
    case 4:
        return FieldValue::null();
    default:
        return FieldValue::date(QDate(2000 + piece.size(), 1 + piece.size() % 12, 1));
    }
}

// What an accepted edit must keep: the body, and every key it did not touch. (Where the edit
// starts says little: the smallest replacement may share characters with the body, as when
// removing the last key removes the whole block.)
void checkEdit(const FrontMatterEditor &editor, const TextEdit &edit, const QString &changedKey,
               const QString &renamedTo, const char *what)
{
    const QString &before = editor.pageText();
    require(edit.start >= 0 && edit.length >= 0 && edit.start + edit.length <= before.size(),
            "the edit is inside the page", QString::fromLatin1(what));
    const FrontMatterBlock &block = editor.block();

    const Result<FrontMatterEditor> after = editor.applied(edit);
    require(after.hasValue(), "an accepted edit gives a page that opens again",
            QString::fromLatin1(what) + u'\n' + edit.appliedTo(before) +
                (after ? QString() : u'\n' + after.error().message));
    const QString afterText = after->pageText();
    require(afterText.sliced(after->block().bodyStart) == before.sliced(block.bodyStart),
            "the body after the front matter is untouched",
            QString::fromLatin1(what) + u'\n' + before + u"\n=>\n" + afterText);

    for (const FrontMatterField &field : editor.fields()) {
        if (field.key == changedKey)
            continue;
        const FrontMatterField *kept = after->field(field.key);
        require(kept && kept->value.sameAs(field.value), "the other keys keep their values",
                QString::fromLatin1(what) + u' ' + field.key + u'\n' + afterText);
    }
    if (!renamedTo.isEmpty() && renamedTo != changedKey) {
        const FrontMatterField *old = editor.field(changedKey);
        const FrontMatterField *renamed = after->field(renamedTo);
        require(!after->field(changedKey), "a renamed key is gone", afterText);
        require(renamed && old && renamed->value.sameAs(old->value),
                "a renamed key keeps its value", afterText);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto operation = input.ConsumeIntegral<quint8>();
    const auto keyStart = input.ConsumeIntegral<quint16>();
    const auto keyLength = input.ConsumeIntegral<quint8>();
    const auto valueStart = input.ConsumeIntegral<quint16>();
    const auto valueLength = input.ConsumeIntegral<quint8>();
    const std::vector<char> rest = input.ConsumeRemainingBytes<char>();
    const QByteArray bytes(rest.data(), qsizetype(rest.size()));

    // Page's own reading (BOM, line endings, UTF-8 check) first, as the editor gets it.
    const Result<Page> page = Page::fromBytes(bytes);
    const QString text = page ? page->text() : Folio::Fuzz::pageText(bytes);

    const FrontMatterBlock block = FrontMatterBlock::locate(text);
    checkBlock(text, block);
    (void)FrontMatter::parse(text, block);

    const Result<FrontMatterEditor> editor = FrontMatterEditor::open(text);
    if (!editor)
        return 0;
    require(editor->pageText() == text, "the editor keeps the page text");
    const QByteArray json = editor->toJson();
    require(QJsonDocument::fromJson(json).isObject(), "toJson gives a JSON object",
            QString::fromUtf8(json));
    if (!editor->readOnlyReason().isEmpty())
        return 0;

    const QList<FrontMatterField> &fields = editor->fields();
    const QString piece = slice(text, valueStart, valueLength);
    // An existing key most of the time, else one taken from the page.
    QString key = !fields.isEmpty() && operation % 4 != 0
                      ? fields.at((keyStart + keyLength) % fields.size()).key
                      : slice(text, keyStart, keyLength);
    if (key.isEmpty())
        return 0;

    switch ((operation / 4) % 4) {
    case 0:
    case 1: {
        const FieldValue value = valueOf(operation / 16, piece);
        const Result<TextEdit> edit = editor->setValue(key, value);
        if (!edit)
            return 0;
        checkEdit(*editor, *edit, key, QString(), "setValue");
        const Result<FrontMatterEditor> after = editor->applied(*edit);
        const FrontMatterField *written = after->field(key);
        require(written && written->value.sameAs(value), "re-parsing gives the value written",
                key + u" = " + value.describe() + u'\n' + after->pageText());
        break;
    }
    case 2: {
        const Result<TextEdit> edit = editor->removeKey(key);
        if (!edit)
            return 0;
        checkEdit(*editor, *edit, key, QString(), "removeKey");
        require(!editor->applied(*edit)->field(key), "a removed key is gone");
        break;
    }
    default: {
        const QString newKey = slice(text, valueStart, valueLength).trimmed();
        if (newKey.isEmpty())
            return 0;
        const Result<TextEdit> edit = editor->renameKey(key, newKey);
        if (!edit)
            return 0;
        checkEdit(*editor, *edit, key, newKey, "renameKey");
        break;
    }
    }
    return 0;
}
