#include "propose/handbooksettings.h"

#include "document/yamladapter_p.h"
#include "propose/branchname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <functional>
#include <vector>

namespace Folio::Propose {

namespace {

using Node = Document::YamlAdapter::Node;
using Problem = HandbookSettings::Problem;

const QString TargetBranchKey = QStringLiteral("target_branch");
const QString LabelsKey = QStringLiteral("labels");
const QString ReviewersKey = QStringLiteral("reviewers");
const QString AssigneesKey = QStringLiteral("assignees");
const QString AnnouncementKey = QStringLiteral("announcement");
const QString DictionaryKey = QStringLiteral("dictionary");
const QString SpellingLanguageKey = QStringLiteral("spelling_language");
const QString OfferBranchKey = QStringLiteral("offer_branch_on_default");
const QString TeamHandleKey = QStringLiteral("team_handle");
const QString RemoveSourceBranchKey = QStringLiteral("remove_source_branch");
const QString DraftKey = QStringLiteral("draft");

Error problemAt(const Node &node, Problem problem, const QString &message)
{
    return Error{ErrorDomain::Proposal, static_cast<int>(problem), message, node.line, node.column};
}

// Optimal string alignment distance: a swap of two neighbours ("lables") counts once.
qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<std::vector<qsizetype>> d(a.size() + 1, std::vector<qsizetype>(b.size() + 1));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// The known key an unknown one was probably meant to be, or an empty string.
QString nearMiss(const QString &key)
{
    QString normalized = key.trimmed().toLower();
    normalized.replace(u'-', u'_').replace(u' ', u'_');
    QString best;
    qsizetype bestDistance = normalized.size() < 5 ? 2 : 3; // a suggestion must be close
    for (const QString &known : HandbookSettings::knownKeys()) {
        const qsizetype distance = editDistance(normalized, known);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = known;
        }
    }
    return best;
}

// A yaml-cpp syntax message, with the advice a non-developer needs for the usual cause.
QString explainSyntaxError(const QString &text, const Error &error)
{
    const QStringList lines = text.split(u'\n');
    if (error.line < 1 || error.line > lines.size() || error.column < 1)
        return error.message;
    const QString line = lines.at(error.line - 1);
    if (error.column > line.size())
        return error.message;
    const QChar c = line.at(error.column - 1);
    if (c == u'@' || c == u'`') {
        return error.message +
               QStringLiteral(" (a value starting with %1 must be in quotes, e.g. \"%1name\")")
                   .arg(c);
    }
    return error.message;
}

bool isUserName(const QString &name)
{
    // GitLab user names: letters, digits, '_', '.', '-', not starting with a punctuation mark.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    return pattern.match(name).hasMatch();
}

class Reader
{
public:
    explicit Reader(QList<Error> *problems)
        : m_problems(problems)
    {}

    void report(const Node &node, Problem problem, const QString &message)
    {
        m_problems->append(problemAt(node, problem, message));
    }

    // Null (the key with nothing after it) reads as empty text.
    bool readText(const QString &key, const Node &value, QString *out)
    {
        if (value.kind == Node::Kind::Null) {
            out->clear();
            return true;
        }
        if (value.kind != Node::Kind::Scalar) {
            report(value, Problem::WrongType,
                   QStringLiteral("\"%1\" must be text, not a %2").arg(key, kindName(value)));
            return false;
        }
        *out = value.scalar;
        return true;
    }

    bool readBool(const QString &key, const Node &value, bool *out)
    {
        static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"),
                                     QStringLiteral("on")};
        static const QStringList no{QStringLiteral("false"), QStringLiteral("no"),
                                    QStringLiteral("off")};
        const QString text =
            value.kind == Node::Kind::Scalar ? value.scalar.trimmed().toLower() : QString();
        if (yes.contains(text)) {
            *out = true;
            return true;
        }
        if (no.contains(text)) {
            *out = false;
            return true;
        }
        report(value, Problem::WrongType, QStringLiteral("\"%1\" must be true or false").arg(key));
        return false;
    }

    // A list of texts; each item is checked by accept (which reports and returns false to
    // leave it out). Null reads as an empty list.
    bool readList(const QString &key, const Node &value, const QString &example,
                  const std::function<bool(const Node &, QString *)> &accept, QStringList *out)
    {
        if (value.kind == Node::Kind::Null) {
            out->clear();
            return true;
        }
        if (value.kind != Node::Kind::Sequence) {
            report(value, Problem::WrongType,
                   QStringLiteral("\"%1\" must be a list, e.g. %1: [%2]").arg(key, example));
            return false;
        }
        QStringList items;
        for (const Node &item : value.values) {
            if (item.kind != Node::Kind::Scalar) {
                report(item, Problem::WrongType,
                       QStringLiteral("each item of \"%1\" must be text, not a %2")
                           .arg(key, kindName(item)));
                continue;
            }
            QString text = item.scalar.trimmed();
            if (accept(item, &text) && !items.contains(text))
                items.append(text);
        }
        *out = items;
        return true;
    }

    static QString kindName(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Sequence:
            return QStringLiteral("list");
        case Node::Kind::Mapping:
            return QStringLiteral("mapping");
        case Node::Kind::Scalar:
            return QStringLiteral("text");
        case Node::Kind::Null:
            break;
        }
        return QStringLiteral("empty value");
    }

private:
    QList<Error> *m_problems;
};

// The dictionary path, cleaned and relative to the root, or an empty string after reporting
// why it cannot be used.
QString confinedPath(Reader &reader, const Node &node, const QString &path, const QString &root)
{
    // The file is shared between systems: a Windows user's "dict\\x.dic" means the same here.
    QString given = path.trimmed();
    given.replace(u'\\', u'/');
    if (given.isEmpty())
        return QString();
    const auto outside = [&] {
        reader.report(node, Problem::OutsideRoot,
                      QStringLiteral("\"dictionary\" must be a path inside the handbook, "
                                     "relative to its top folder, not \"%1\"")
                          .arg(path));
        return QString();
    };
    // "C:/x" and "~/x" are absolute on some system or in some shell, even where QDir disagrees.
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (QDir::isAbsolutePath(given) || given.startsWith(u'~') || drive.match(given).hasMatch())
        return outside();
    const QString cleaned = QDir::cleanPath(given);
    if (cleaned == u".." || cleaned.startsWith(QLatin1String("../")) || cleaned == u".")
        return outside();
    if (!root.isEmpty()) {
        // A symbolic link inside the handbook may still lead out of it.
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        const QString canonical = QFileInfo(root % u'/' % cleaned).canonicalFilePath();
        if (!canonical.isEmpty() && !canonicalRoot.isEmpty() &&
            !canonical.startsWith(canonicalRoot + u'/'))
            return outside();
    }
    return cleaned;
}

} // namespace

QStringList HandbookSettings::knownKeys()
{
    return {TargetBranchKey,       LabelsKey,       ReviewersKey,
            AssigneesKey,          AnnouncementKey, DictionaryKey,
            SpellingLanguageKey,   OfferBranchKey,  TeamHandleKey,
            RemoveSourceBranchKey, DraftKey};
}

Result<HandbookSettings> HandbookSettings::load(const QString &rootPath)
{
    const QString path = rootPath % u'/' % FileName;
    const QFileInfo info(path);
    if (!info.exists())
        return HandbookSettings();
    if (!info.isFile())
        return Error{ErrorDomain::File, 0, QStringLiteral("%1 is not a file").arg(path)};
    if (info.size() > MaximumSize) {
        return Error{ErrorDomain::File, 0,
                     QStringLiteral("%1 is larger than %2 KB").arg(path).arg(MaximumSize / 1024)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorDomain::File, 0, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return parse(file.read(MaximumSize + 1), rootPath);
}

Result<HandbookSettings> HandbookSettings::parse(const QByteArray &bytes, const QString &rootPath)
{
    if (bytes.size() > MaximumSize) {
        return Error{ErrorDomain::File, 0,
                     QStringLiteral("the settings are larger than %1 KB").arg(MaximumSize / 1024)};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{ErrorDomain::Encoding, 0, QStringLiteral("the settings are not UTF-8 text")};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // yaml-cpp reads CRLF itself; dropping CR keeps block scalars and positions alike.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    auto parsed = Document::YamlAdapter::parseDocument(text);
    if (!parsed) {
        Error error = parsed.error();
        error.message = explainSyntaxError(text, error);
        return error;
    }
    const Node &root = parsed.value();
    if (root.kind != Node::Kind::Mapping) {
        return problemAt(root, Problem::NotAMapping,
                         QStringLiteral("the settings must be \"key: value\" lines, e.g. "
                                        "labels: [SA-HANDBOOK]"));
    }

    HandbookSettings settings;
    Reader reader(&settings.m_problems);
    const auto acceptUserNames = [&reader](const QString &key) {
        return [&reader, key](const Node &item, QString *name) {
            if (name->startsWith(u'@'))
                name->remove(0, 1);
            if (isUserName(*name))
                return true;
            reader.report(
                item, Problem::InvalidValue,
                QStringLiteral("\"%1\" in \"%2\" is not a GitLab user name").arg(item.scalar, key));
            return false;
        };
    };
    const auto acceptLabel = [&reader](const Node &item, QString *label) {
        if (!label->isEmpty() && !label->contains(u'"') && !label->contains(u'\n'))
            return true;
        reader.report(item, Problem::InvalidValue,
                      QStringLiteral("\"%1\" cannot be a label: labels must be one line of "
                                     "text without double quotes")
                          .arg(item.scalar));
        return false;
    };

    QStringList seen;
    for (size_t i = 0; i < root.keys.size(); ++i) {
        const Node &keyNode = root.keys[i];
        const Node &value = root.values[i];
        if (keyNode.kind != Node::Kind::Scalar) {
            reader.report(keyNode, Problem::WrongType,
                          QStringLiteral("a key must be a name such as \"labels\""));
            continue;
        }
        const QString key = keyNode.scalar;
        if (seen.contains(key)) {
            reader.report(keyNode, Problem::DuplicateKey,
                          QStringLiteral("\"%1\" is set twice; the first one counts").arg(key));
            continue;
        }
        seen.append(key);

        QString scalar;
        if (key == TargetBranchKey) {
            if (reader.readText(key, value, &scalar)) {
                scalar = scalar.trimmed();
                if (scalar.isEmpty()) {
                    settings.m_targetBranch.clear();
                } else if (auto valid = BranchName::check(scalar); !valid) {
                    reader.report(value, Problem::InvalidValue, valid.error().message);
                } else {
                    settings.m_targetBranch = scalar;
                }
            }
        } else if (key == LabelsKey) {
            reader.readList(key, value, QStringLiteral("SA-HANDBOOK"), acceptLabel,
                            &settings.m_labels);
        } else if (key == ReviewersKey) {
            reader.readList(key, value, QStringLiteral("alice, bob"), acceptUserNames(key),
                            &settings.m_reviewers);
        } else if (key == AssigneesKey) {
            reader.readList(key, value, QStringLiteral("alice"), acceptUserNames(key),
                            &settings.m_assignees);
        } else if (key == AnnouncementKey) {
            // A block scalar ("|") ends with a newline the announcement does not want.
            if (reader.readText(key, value, &scalar))
                settings.m_announcement = scalar.trimmed();
        } else if (key == DictionaryKey) {
            if (reader.readText(key, value, &scalar))
                settings.m_dictionary = confinedPath(reader, value, scalar, rootPath);
        } else if (key == SpellingLanguageKey) {
            if (reader.readText(key, value, &scalar)) {
                // A language tag: en, en_US, en-US, de_DE_frami (a dictionary's variant).
                static const QRegularExpression tag(
                    QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
                scalar = scalar.trimmed();
                if (scalar.isEmpty() || tag.match(scalar).hasMatch()) {
                    settings.m_spellingLanguage = scalar;
                } else {
                    reader.report(value, Problem::InvalidValue,
                                  QStringLiteral("\"spelling_language\" must be a language such "
                                                 "as en_US or de-DE, not \"%1\"")
                                      .arg(value.scalar));
                }
            }
        } else if (key == OfferBranchKey) {
            reader.readBool(key, value, &settings.m_offerBranchOnDefault);
        } else if (key == TeamHandleKey) {
            if (reader.readText(key, value, &scalar)) {
                scalar = scalar.trimmed();
                if (!scalar.isEmpty() && !scalar.startsWith(u'@'))
                    scalar.prepend(u'@'); // "sa_leaders" is what YAML lets people type unquoted
                if (scalar.contains(QRegularExpression(QStringLiteral("\\s"))) || scalar == u"@") {
                    reader.report(value, Problem::InvalidValue,
                                  QStringLiteral("\"team_handle\" must be one handle such as "
                                                 "\"@sa_leaders\", not \"%1\"")
                                      .arg(value.scalar));
                } else {
                    settings.m_teamHandle = scalar;
                }
            }
        } else if (key == RemoveSourceBranchKey) {
            reader.readBool(key, value, &settings.m_removeSourceBranch);
        } else if (key == DraftKey) {
            reader.readBool(key, value, &settings.m_draft);
        } else {
            const QString suggestion = nearMiss(key);
            reader.report(keyNode, Problem::UnknownKey,
                          suggestion.isEmpty()
                              ? QStringLiteral("unknown key \"%1\"; known keys: %2")
                                    .arg(key, knownKeys().join(QLatin1String(", ")))
                              : QStringLiteral("unknown key \"%1\"; did you mean \"%2\"?")
                                    .arg(key, suggestion));
        }
    }
    return settings;
}

} // namespace Folio::Propose
