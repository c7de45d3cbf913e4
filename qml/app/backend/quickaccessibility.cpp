#include "quickaccessibility.h"

#include <QtGui/qtguiglobal.h>

#if QT_CONFIG(accessibility)
#include <QAccessible>
#include <QLocale>
#include <QQuickItem>
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>
#endif

namespace chorus::ui {

#if QT_CONFIG(accessibility)

namespace {

/** The app's language as a BCP 47 language code ("en", "cy", "ar"), read when asked: the
 *  language can change at any time in Settings. Preferences::applyLanguage makes it the
 *  default QLocale each time (qml/controls/preferences.cpp), so that is where it is read,
 *  without tying the accessibility layer to the settings object. */
QString currentLanguageCode()
{
    return QLocale::languageToCode(QLocale().language());
}

/** Qt's text attributes ("key:value;" pairs, the form the AT-SPI bridge splits into
 *  attributes) with the language added when Qt did not name one. The language covers the
 *  whole text, so a run with no attributes of Qt's own spans all of it. */
QString withLanguage(const QString& qtAttributes, int characterCount, int* startOffset,
                     int* endOffset)
{
    if (qtAttributes.contains(QLatin1String("language:"))) {
        return qtAttributes;
    }
    if (qtAttributes.isEmpty()) {
        *startOffset = 0;
        *endOffset = characterCount;
    }
    QString attributes = qtAttributes;
    if (!attributes.isEmpty() && !attributes.endsWith(QLatin1Char(';'))) {
        attributes += QLatin1Char(';');
    }
    return attributes + QLatin1String("language:") + currentLanguageCode() + QLatin1Char(';');
}

/** Qt Quick's own interface for an item, with the language on its text and (before Qt 6.5)
 *  `disabled` set while the item is not enabled (an item inside a disabled one is not
 *  enabled either). */
class ChorusQuickItem : public QAccessibleQuickItem
{
public:
    explicit ChorusQuickItem(QQuickItem* item) : QAccessibleQuickItem(item)
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // The bridge sends a state change only when told: tell it when `enabled` flips, as
        // Qt 6.5 does. The connection lives as long as the item (its context object).
        QObject::connect(item, &QQuickItem::enabledChanged, item, [item] {
            QAccessible::State changed;
            changed.disabled = true;
            QAccessibleStateChangeEvent event(item, changed);
            QAccessible::updateAccessibility(&event);
        });
#endif
    }

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State st = QAccessibleQuickItem::state();
        if (item() && !item()->isEnabled()) {
            st.disabled = true;
        }
        return st;
    }
#endif

    /** Asked only of items with a text interface (static and editable text, password fields
     *  included): the language says nothing of a password's content. */
    [[nodiscard]] QString attributes(int offset, int* startOffset, int* endOffset) const override
    {
        const QString qtAttributes =
            QAccessibleQuickItem::attributes(offset, startOffset, endOffset);
        return withLanguage(qtAttributes, characterCount(), startOffset, endOffset);
    }
};

/** Asked before Qt Quick's factory for every item (Qt asks the last one installed first);
 *  answers as Qt Quick's does, for the same items. */
QAccessibleInterface* quickItemFactory(const QString& className, QObject* object)
{
    if (className != QLatin1String("QQuickItem")) {
        return nullptr;
    }
    auto* item = qobject_cast<QQuickItem*>(object);
    if (!item || !QQuickItemPrivate::get(item)->isAccessible) {
        return nullptr;
    }
    return new ChorusQuickItem(item);
}

} // namespace

void installQuickAccessibility()
{
    QAccessible::installFactory(&quickItemFactory);
}

#else

void installQuickAccessibility() {}

#endif

} // namespace chorus::ui
