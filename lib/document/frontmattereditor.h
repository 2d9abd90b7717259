#pragma once

#include "core/result.h"
#include "document/fieldvalue.h"
#include "document/frontmatter.h"
#include "document/frontmattersourcemap.h"
#include "document/textedit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Folio::Document {

// One top-level entry of a page's front matter, as a form shows it.
struct FrontMatterField
{
    QString key;
    FieldValue value;
    ValueStyle style = ValueStyle::Empty;
    int line = 0; // 1-based page line and column of the key
    int column = 0;
    // The value's YAML source, block values without their indentation: what a raw YAML
    // editor shows for a Raw value, and what FieldValue::raw() takes back.
    QString rawYaml;
    // Empty when the value can be edited; otherwise why not (anchors, aliases, merge keys,
    // tags, or a front matter Folio cannot map).
    QString readOnlyReason;

    [[nodiscard]] bool isEditable() const { return readOnlyReason.isEmpty(); }
};

// A page's front matter, read for a form and edited as text: each edit replaces only the
// characters of the value it changes (a new key is a new last line, a removed key loses its
// lines), so comments, blank lines, key order, the quoting of other keys, block scalars and
// flow lists stay as they are. Every edit is checked before it is returned: the edited page
// is parsed again and every other key must still have its old value, else the edit is
// refused with the reason.
//
// A value type over an implicitly shared snapshot of one page text, cheap to copy to a
// worker thread. Positions are in the page text with '\n' line endings (see Page).
class FrontMatterEditor
{
public:
    FrontMatterEditor();

    // Splits and parses the page's front matter. Fails (with the page's line and column) for
    // YAML errors, an unterminated block, duplicate keys, YAML nested deeper than
    // FrontMatter::MaximumDepth or larger than FrontMatter::MaximumSize, and aliases that
    // expand too far. A page without front matter opens with no fields.
    [[nodiscard]] static Result<FrontMatterEditor> open(const QString &pageText);

    [[nodiscard]] const QString &pageText() const;
    [[nodiscard]] const FrontMatterBlock &block() const;
    [[nodiscard]] const QList<FrontMatterField> &fields() const;
    // The field for key, or nullptr.
    [[nodiscard]] const FrontMatterField *field(const QString &key) const;
    // Empty when edits are possible; otherwise why the whole front matter is read-only.
    [[nodiscard]] QString readOnlyReason() const;

    // The minimal change that gives key the value (adding the key as a new last line when
    // absent, and a front matter block when the page has none). An unchanged value gives
    // an edit that isNoOp().
    [[nodiscard]] Result<TextEdit> setValue(const QString &key, const FieldValue &value) const;
    // Removes the key's lines; removing the last key of a front matter removes the block.
    [[nodiscard]] Result<TextEdit> removeKey(const QString &key) const;
    // Renames a key in place, keeping its value's text (the fix for a misspelled key).
    [[nodiscard]] Result<TextEdit> renameKey(const QString &key, const QString &newKey) const;

    // The page with edit applied, opened again; edit must come from this editor.
    [[nodiscard]] Result<FrontMatterEditor> applied(const TextEdit &edit) const;

    // The front matter as a JSON object, keys in source order: strings, booleans, numbers,
    // null, lists and objects; dates as strings. UTF-8, indented, ending in a newline.
    [[nodiscard]] QByteArray toJson() const;

private:
    struct Data;
    struct Expectation;
    [[nodiscard]] Result<void> checkEditable(const QString &key) const;
    [[nodiscard]] Result<TextEdit> verifiedEdit(const QString &after,
                                                const Expectation &expected) const;

    std::shared_ptr<const Data> d;
};

} // namespace Folio::Document
