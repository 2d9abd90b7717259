#include "checks/spellingdictionary.h"

#include "checks/hunspellhandle_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>

#include <mutex>

namespace Folio::Checks {

namespace {

std::mutex &lifetimeMutex()
{
    static std::mutex mutex;
    return mutex;
}

Error spellingError(SpellingDictionary::Problem problem, const QString &message)
{
    return Error{ErrorDomain::Spelling, static_cast<int>(problem), message};
}

// Hunspell's SET names ("ISO8859-1", "microsoft-cp1251") as Qt (ICU) knows them.
QByteArray qtEncodingName(QByteArray name)
{
    name = name.trimmed();
    if (name.toUpper().startsWith("ISO8859"))
        return "ISO-8859" + name.mid(7);
    if (name.toLower().startsWith("microsoft-cp"))
        return "windows-" + name.mid(12);
    return name;
}

} // namespace

Hunhandle *createHunspell(const char *affixPath, const char *dictionaryPath)
{
    const std::lock_guard lock(lifetimeMutex());
    return Hunspell_create(affixPath, dictionaryPath);
}

void destroyHunspell(Hunhandle *handle)
{
    const std::lock_guard lock(lifetimeMutex());
    Hunspell_destroy(handle);
}

struct SpellingDictionary::Data
{
    QString language;
    QString affixPath;
    HunspellPtr handle;
    bool utf8 = true;
    // Only for dictionaries in a legacy 8-bit encoding.
    QStringEncoder encoder;
    QStringDecoder decoder;

    // The word in the dictionary's encoding, or an empty array when it cannot be written so.
    QByteArray encode(QStringView word)
    {
        if (utf8)
            return word.toUtf8();
        QByteArray bytes = encoder.encode(word);
        if (encoder.hasError()) {
            encoder.resetState();
            return {};
        }
        return bytes;
    }

    QString decode(const char *bytes)
    {
        if (utf8)
            return QString::fromUtf8(bytes);
        QString text = decoder.decode(QByteArrayView(bytes));
        decoder.resetState();
        return text;
    }
};

SpellingDictionary::SpellingDictionary(std::unique_ptr<Data> data)
    : d(std::move(data))
{}

SpellingDictionary::SpellingDictionary(SpellingDictionary &&) noexcept = default;
SpellingDictionary &SpellingDictionary::operator=(SpellingDictionary &&) noexcept = default;
SpellingDictionary::~SpellingDictionary() = default;

QStringList SpellingDictionary::searchPaths()
{
    QStringList paths;
    const auto addAll = [&paths](const QString &list, const QString &suffix) {
        for (const QString &folder : list.split(u':', Qt::SkipEmptyParts)) {
            const QString path = QDir::cleanPath(folder + suffix);
            if (!paths.contains(path))
                paths.append(path);
        }
    };
    const QString overridden = qEnvironmentVariable("FOLIO_DICTIONARY_PATH");
    if (!overridden.isEmpty()) {
        addAll(overridden, QString());
        return paths;
    }
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    addAll(dataHome.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : dataHome,
           QStringLiteral("/hunspell"));
    const QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS");
    addAll(dataDirs.isEmpty() ? QStringLiteral("/usr/local/share:/usr/share") : dataDirs,
           QStringLiteral("/hunspell"));
    addAll(QStringLiteral("/usr/share/hunspell:/usr/share/myspell/dicts:/usr/share/myspell"),
           QString());
    return paths;
}

QStringList SpellingDictionary::availableLanguages()
{
    QStringList languages;
    for (const QString &folder : searchPaths()) {
        const QDir dir(folder);
        const QStringList affixes =
            dir.entryList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &affix : affixes) {
            const QString language = affix.chopped(4);
            if (!languages.contains(language) && dir.exists(language + QStringLiteral(".dic")))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

QString SpellingDictionary::normalizedTag(QStringView tag)
{
    QString normalized = tag.trimmed().toString();
    normalized.replace(u'-', u'_');
    const QStringList parts = normalized.split(u'_', Qt::SkipEmptyParts);
    QStringList result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i == 0)
            result.append(parts[i].toLower());
        else if (parts[i].size() == 2)
            result.append(parts[i].toUpper()); // a region
        else
            result.append(parts[i]);
    }
    return result.join(u'_');
}

QString SpellingDictionary::resolve(QStringView tag)
{
    const QString wanted = normalizedTag(tag);
    if (wanted.isEmpty())
        return {};
    const QStringList available = availableLanguages();
    for (const QString &language : available) {
        if (language.compare(wanted, Qt::CaseInsensitive) == 0)
            return language;
    }
    // "de_DE" also names "de_DE_frami"; a region without a dictionary falls back to its
    // language ("de_CH" to "de_DE"): closer than English.
    const auto startingWith = [&available](const QString &prefix) {
        QStringList found;
        for (const QString &language : available) {
            if (language.startsWith(prefix, Qt::CaseInsensitive))
                found.append(language);
        }
        return found;
    };
    if (wanted.contains(u'_')) {
        if (const QStringList variants = startingWith(wanted + u'_'); !variants.isEmpty())
            return variants.first();
    }
    const QString base = wanted.section(u'_', 0, 0);
    for (const QString &language : available) {
        if (language.compare(base, Qt::CaseInsensitive) == 0)
            return language;
    }
    const QStringList sameLanguage = startingWith(base + u'_');
    if (sameLanguage.isEmpty())
        return {};
    const QString main =
        base == u"en" ? QStringLiteral("en_US") : base + u'_' + base.toUpper(); // de_DE, fr_FR
    for (const QString &language : sameLanguage) {
        if (language.compare(main, Qt::CaseInsensitive) == 0)
            return language;
    }
    for (const QString &language : sameLanguage) {
        if (language.startsWith(main + u'_', Qt::CaseInsensitive))
            return language;
    }
    return sameLanguage.first();
}

Result<SpellingDictionary> SpellingDictionary::open(QStringView tag)
{
    const QString language = resolve(tag);
    if (language.isEmpty()) {
        const QStringList available = availableLanguages();
        return spellingError(
            Problem::NotFound,
            QStringLiteral("no spelling dictionary for \"%1\" (looked in %2); %3")
                .arg(tag.toString(), searchPaths().join(QStringLiteral(", ")),
                     available.isEmpty()
                         ? QStringLiteral("no dictionary is installed: install Hunspell's, e.g. "
                                          "the hunspell-en-us package")
                         : QStringLiteral("installed: %1")
                               .arg(available.join(QStringLiteral(", ")))));
    }
    QString affixPath;
    QString dictionaryPath;
    for (const QString &folder : searchPaths()) {
        const QString candidate = folder + u'/' + language;
        if (QFileInfo::exists(candidate + QStringLiteral(".aff")) &&
            QFileInfo::exists(candidate + QStringLiteral(".dic"))) {
            affixPath = candidate + QStringLiteral(".aff");
            dictionaryPath = candidate + QStringLiteral(".dic");
            break;
        }
    }
    // Hunspell_create reports unreadable files only on standard error and returns a handle
    // that rejects every word: check first.
    for (const QString &path : {affixPath, dictionaryPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return spellingError(Problem::Unreadable,
                                 QStringLiteral("cannot read the %1 dictionary %2: %3")
                                     .arg(language, path, file.errorString()));
        }
    }

    auto data = std::make_unique<Data>();
    data->language = language;
    data->affixPath = affixPath;
    data->handle.reset(createHunspell(QFile::encodeName(affixPath).constData(),
                                      QFile::encodeName(dictionaryPath).constData()));
    if (!data->handle) {
        return spellingError(Problem::Unreadable,
                             QStringLiteral("Hunspell could not load %1").arg(affixPath));
    }
    const QByteArray encoding = Hunspell_get_dic_encoding(data->handle.get());
    const QByteArray upper = encoding.trimmed().toUpper();
    data->utf8 = upper == "UTF-8" || upper == "UTF8";
    if (!data->utf8) {
        const QByteArray name = qtEncodingName(encoding);
        data->encoder = QStringEncoder(name.constData());
        data->decoder = QStringDecoder(name.constData());
        if (!data->encoder.isValid() || !data->decoder.isValid()) {
            return spellingError(
                Problem::UnsupportedEncoding,
                QStringLiteral("the %1 dictionary is in the %2 encoding, which Folio cannot read")
                    .arg(language, QString::fromLatin1(encoding)));
        }
    }
    return SpellingDictionary(std::move(data));
}

const QString &SpellingDictionary::language() const
{
    return d->language;
}

const QString &SpellingDictionary::affixPath() const
{
    return d->affixPath;
}

bool SpellingDictionary::spell(QStringView word)
{
    const QByteArray bytes = d->encode(word);
    return !bytes.isEmpty() && Hunspell_spell(d->handle.get(), bytes.constData()) != 0;
}

QStringList SpellingDictionary::suggest(QStringView word, int limit)
{
    const QByteArray bytes = d->encode(word);
    if (bytes.isEmpty() || limit <= 0)
        return {};
    HunspellList list(d->handle.get());
    list.fill(Hunspell_suggest(d->handle.get(), list.out(), bytes.constData()));
    QStringList suggestions;
    for (int i = 0; i < list.size() && suggestions.size() < limit; ++i) {
        const QString suggestion = d->decode(list.at(i));
        if (!suggestion.isEmpty() && !suggestions.contains(suggestion))
            suggestions.append(suggestion);
    }
    return suggestions;
}

void SpellingDictionary::add(QStringView word)
{
    const QByteArray bytes = d->encode(word);
    if (!bytes.isEmpty())
        Hunspell_add(d->handle.get(), bytes.constData());
}

} // namespace Folio::Checks
