#include "propose/branchname.h"

#include <QStringList>

namespace Folio::Propose::BranchName {

namespace {

Error invalid(const QString &name, const QString &reason)
{
    return Error{ErrorDomain::Proposal, 0,
                 QStringLiteral("\"%1\" is not a valid branch name: %2").arg(name, reason)};
}

// Letters NFKD does not split into a base letter and an accent.
QString asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00FE: // þ
        return QStringLiteral("th");
    default:
        return QString();
    }
}

} // namespace

Result<void> check(const QString &name)
{
    if (name.isEmpty())
        return invalid(name, QStringLiteral("it is empty"));
    if (name.startsWith(u'-'))
        return invalid(name, QStringLiteral("it starts with '-'"));
    if (name == u"@" || name == u"HEAD")
        return invalid(name, QStringLiteral("the name is reserved"));
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return invalid(name, QStringLiteral("it contains a control character"));
        if (QStringLiteral(" ~^:?*[\\").contains(c))
            return invalid(name, QStringLiteral("it contains '%1'").arg(c));
    }
    if (name.contains(QLatin1String("..")))
        return invalid(name, QStringLiteral("it contains '..'"));
    if (name.contains(QLatin1String("@{")))
        return invalid(name, QStringLiteral("it contains '@{'"));
    if (name.endsWith(u'.') || name.endsWith(u'/'))
        return invalid(name, QStringLiteral("it ends with '%1'").arg(name.back()));
    for (const QString &component : name.split(u'/')) {
        if (component.isEmpty())
            return invalid(name, QStringLiteral("it has an empty part between slashes"));
        if (component.startsWith(u'.'))
            return invalid(name, QStringLiteral("a part starts with '.'"));
        if (component.endsWith(QLatin1String(".lock")))
            return invalid(name, QStringLiteral("a part ends with '.lock'"));
    }
    return {};
}

QString slug(const QString &text, qsizetype maxLength)
{
    QString ascii;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            ascii += lower;
        else if (const QString replacement = asciiFor(lower); !replacement.isEmpty())
            ascii += replacement;
        else if (c.category() != QChar::Mark_NonSpacing) // accents vanish, separators split
            ascii += u' ';
    }
    const QStringList words = ascii.split(u' ', Qt::SkipEmptyParts);
    QString result;
    for (const QString &word : words) {
        const qsizetype needed = result.isEmpty() ? word.size() : result.size() + 1 + word.size();
        if (needed > maxLength) {
            if (result.isEmpty()) // one long word: cut it rather than return nothing
                result = word.left(maxLength);
            break;
        }
        if (!result.isEmpty())
            result += u'-';
        result += word;
    }
    return result;
}

} // namespace Folio::Propose::BranchName
