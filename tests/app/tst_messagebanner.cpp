#include "webenginetestmain.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Folio;

// The strip that tells a user a page was deleted, changed on disk or could not be saved,
// with buttons for what to do next.
class TestMessageBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsAppearAsButtonsBeforeDismiss();
    void dismissHidesTheBanner();
    void buttonWhoseActionRemovesItselfOutlivesItsClick();

private:
    static QToolButton *buttonFor(Widgets::MessageBanner &banner, QAction *action)
    {
        for (QToolButton *button : banner.findChildren<QToolButton *>()) {
            if (button->defaultAction() == action)
                return button;
        }
        return nullptr;
    }
};

void TestMessageBanner::actionsAppearAsButtonsBeforeDismiss()
{
    Widgets::MessageBanner banner;
    QAction save(QStringLiteral("Save"));
    QAction close(QStringLiteral("Close"));
    banner.addAction(&save);
    banner.addAction(&close);
    banner.showMessage(Widgets::MessageBanner::Kind::Warning,
                       QStringLiteral("guide.md was deleted"));
    banner.resize(600, 60);
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QToolButton *saveButton = buttonFor(banner, &save);
    QToolButton *closeButton = buttonFor(banner, &close);
    QVERIFY(saveButton && closeButton);
    QCOMPARE(saveButton->text(), QStringLiteral("Save"));
    QVERIFY(saveButton->x() < closeButton->x());
    QCOMPARE(banner.text(), QStringLiteral("guide.md was deleted"));
    QSignalSpy triggered(&save, &QAction::triggered);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
}

void TestMessageBanner::dismissHidesTheBanner()
{
    Widgets::MessageBanner banner;
    banner.showMessage(Widgets::MessageBanner::Kind::Error, QStringLiteral("Cannot save"));
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QToolButton *dismiss = nullptr;
    for (QToolButton *button : banner.findChildren<QToolButton *>()) {
        if (button->accessibleName() == QStringLiteral("Dismiss message"))
            dismiss = button;
    }
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QVERIFY(!banner.isVisible());
}

// "Close" on the deleted-page banner closes the page, which hides the banner and removes its
// actions while the button's own click is still being handled. Deleting the button there
// crashed the window now and then (freed memory read on the way out of the click).
void TestMessageBanner::buttonWhoseActionRemovesItselfOutlivesItsClick()
{
    Widgets::MessageBanner banner;
    QAction close(QStringLiteral("Close"));
    banner.addAction(&close);
    banner.showMessage(Widgets::MessageBanner::Kind::Warning, QStringLiteral("deleted"));
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QPointer<QToolButton> button = buttonFor(banner, &close);
    QVERIFY(button);

    bool inClick = false;
    bool destroyedDuringClick = false;
    connect(button, &QObject::destroyed, this, [&] { destroyedDuringClick = inClick; });
    connect(&close, &QAction::triggered, &banner, [&] {
        banner.removeAction(&close);
        banner.hide();
    });
    inClick = true;
    QTest::mouseClick(button, Qt::LeftButton);
    inClick = false;
    QVERIFY(!destroyedDuringClick);
    QVERIFY(!button || !button->isVisible());
    QTRY_VERIFY(button.isNull()); // and it goes once the click is over
    QVERIFY(!buttonFor(banner, &close));

    // Shown again, the action gets a fresh button that works.
    banner.addAction(&close);
    banner.showMessage(Widgets::MessageBanner::Kind::Warning, QStringLiteral("deleted again"));
    QVERIFY(buttonFor(banner, &close));
}

FOLIO_WIDGETS_TEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
