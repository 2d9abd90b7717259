#include "preferences/preferencesdialog.h"

#include "checks/spellingdictionary.h"
#include "propose/listinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Folio::Preferences {

namespace {

// "English (United Kingdom) — en_GB", in the user's language.
QString languageLabel(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return tag;
    QString name = QLocale::languageToString(locale.language());
    if (locale.territory() != QLocale::AnyTerritory)
        name += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
    return QStringLiteral("%1 — %2").arg(name, tag);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, const Defaults &defaults,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *editor = new QGroupBox(tr("Editor"), this);
    auto *editorForm = new QFormLayout(editor);
    m_systemFont = new QCheckBox(tr("Use the system's &fixed-width font"), editor);
    m_systemFont->setObjectName(QStringLiteral("systemFontBox"));
    editorForm->addRow(m_systemFont);
    m_fontFamily = new QFontComboBox(editor);
    m_fontFamily->setObjectName(QStringLiteral("fontFamilyBox"));
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    editorForm->addRow(tr("F&ont:"), m_fontFamily);
    m_fontSize = new QSpinBox(editor);
    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    editorForm->addRow(tr("&Size:"), m_fontSize);
    connect(m_systemFont, &QCheckBox::toggled, this, &PreferencesDialog::updateFontControls);
    m_autosave = new QCheckBox(tr("&Autosave a few seconds after typing stops"), editor);
    m_autosave->setObjectName(QStringLiteral("autosaveBox"));
    editorForm->addRow(m_autosave);

    auto *spelling = new QGroupBox(tr("Spelling"), this);
    auto *spellingForm = new QFormLayout(spelling);
    m_spellingLanguage = new QComboBox(spelling);
    m_spellingLanguage->setObjectName(QStringLiteral("spellingLanguageBox"));
    // Without a language in .folio.yml, the handbook is checked in Folio's default one.
    const QString handbookLanguage = defaults.spellingLanguage.isEmpty()
                                         ? Checks::SpellingDictionary::DefaultLanguage
                                         : defaults.spellingLanguage;
    m_spellingLanguage->addItem(tr("The handbook's: %1").arg(languageLabel(handbookLanguage)),
                                QString());
    for (const QString &tag : Checks::SpellingDictionary::availableLanguages())
        m_spellingLanguage->addItem(languageLabel(tag), tag);
    spellingForm->addRow(tr("&Language:"), m_spellingLanguage);

    auto *preview = new QGroupBox(tr("Preview"), this);
    auto *previewForm = new QFormLayout(preview);
    m_previewTheme = new QComboBox(preview);
    m_previewTheme->setObjectName(QStringLiteral("previewThemeBox"));
    m_previewTheme->addItem(tr("Like the system"), int(PreviewTheme::System));
    m_previewTheme->addItem(tr("Light"), int(PreviewTheme::Light));
    m_previewTheme->addItem(tr("Dark"), int(PreviewTheme::Dark));
    previewForm->addRow(tr("&Colours:"), m_previewTheme);

    auto *proposals = new QGroupBox(tr("Merge requests"), this);
    auto *proposalsForm = new QFormLayout(proposals);
    m_labels = new QLineEdit(proposals);
    m_labels->setObjectName(QStringLiteral("defaultLabelsEdit"));
    m_labels->setPlaceholderText(
        defaults.labels.isEmpty()
            ? tr("None")
            : tr("The handbook's: %1").arg(defaults.labels.join(QStringLiteral(", "))));
    m_labels->setToolTip(tr("Labels for new merge requests, separated by commas"));
    proposalsForm->addRow(tr("Default la&bels:"), m_labels);
    m_targetBranch = new QLineEdit(proposals);
    m_targetBranch->setObjectName(QStringLiteral("targetBranchEdit"));
    m_targetBranch->setPlaceholderText(defaults.targetBranch.isEmpty()
                                           ? tr("The default branch")
                                           : tr("The handbook's: %1").arg(defaults.targetBranch));
    m_targetBranch->setToolTip(tr("The branch merge requests ask to merge into"));
    proposalsForm->addRow(tr("&Target branch:"), m_targetBranch);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showValues(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editor);
    layout->addWidget(spelling);
    layout->addWidget(preview);
    layout->addWidget(proposals);
    layout->addStretch();
    layout->addWidget(buttons);

    showValues(current);
}

void PreferencesDialog::showValues(const Preferences &preferences)
{
    const QFont font = preferences.editorFont();
    m_systemFont->setChecked(preferences.editorFontFamily.isEmpty() &&
                             preferences.editorFontSize == 0);
    m_fontFamily->setCurrentFont(font);
    m_fontSize->setValue(int(font.pointSizeF()));
    updateFontControls();
    m_autosave->setChecked(preferences.autosave);
    const int language = m_spellingLanguage->findData(preferences.spellingLanguage);
    if (language < 0) {
        // A dictionary that is gone: keep the choice visible rather than dropping it.
        m_spellingLanguage->addItem(tr("%1 (not installed)").arg(preferences.spellingLanguage),
                                    preferences.spellingLanguage);
        m_spellingLanguage->setCurrentIndex(m_spellingLanguage->count() - 1);
    } else {
        m_spellingLanguage->setCurrentIndex(language);
    }
    m_previewTheme->setCurrentIndex(m_previewTheme->findData(int(preferences.previewTheme)));
    m_labels->setText(preferences.defaultLabels.join(QStringLiteral(", ")));
    m_targetBranch->setText(preferences.targetBranch);
}

void PreferencesDialog::updateFontControls()
{
    m_fontFamily->setEnabled(!m_systemFont->isChecked());
    m_fontSize->setEnabled(!m_systemFont->isChecked());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen;
    if (!m_systemFont->isChecked()) {
        chosen.editorFontFamily = m_fontFamily->currentFont().family();
        chosen.editorFontSize = m_fontSize->value();
    }
    chosen.autosave = m_autosave->isChecked();
    chosen.spellingLanguage = m_spellingLanguage->currentData().toString();
    chosen.previewTheme = PreviewTheme(m_previewTheme->currentData().toInt());
    chosen.defaultLabels = Propose::parseListInput(m_labels->text());
    chosen.targetBranch = m_targetBranch->text().trimmed();
    return chosen;
}

} // namespace Folio::Preferences
