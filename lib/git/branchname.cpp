#include "git/branchname.h"

#include <QDir>
#include <QFileInfo>

namespace Folio::Git {

namespace {

// Lowercase ASCII letters and digits, every other run turned into one '-'. Accents are
// dropped rather than the letter ("Über" -> "uber"), so names stay readable.
QString slug(const QString &text, qsizetype maxLength)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += QChar(u);
            dash = false;
        } else {
            dash = true;
        }
    }
    // Cut long text between words, not inside one.
    if (out.size() > maxLength) {
        const qsizetype dashAt = out.lastIndexOf(u'-', maxLength);
        out.truncate(dashAt > 0 ? dashAt : maxLength);
    }
    return out;
}

} // namespace

QString suggestedBranchName(const QString &user, const QString &subject)
{
    const qsizetype at = user.indexOf(u'@');
    QString who = slug(at > 0 ? user.left(at) : user, 20);
    if (who.isEmpty())
        who = QStringLiteral("folio");
    // A file name says more without its extensions ("index.html.md" -> "index").
    QString what = subject;
    if (subject.contains(u'/') || subject.endsWith(QStringLiteral(".md"))) {
        const QFileInfo file(subject);
        what = file.fileName().section(u'.', 0, 0);
        // Section pages are all called index or _index: their folder names them.
        if (what == u"index" || what == u"_index")
            what = file.dir().dirName();
    }
    what = slug(what, 40);
    if (what.isEmpty())
        what = QStringLiteral("change");
    return who + u'-' + what;
}

} // namespace Folio::Git
