#include "accessibleenabledstate.h"

#include <QtGui/qtguiglobal.h>

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(accessibility)
#include <QAccessible>
#include <QQuickItem>
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>
#endif

namespace chorus::ui {

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0) && QT_CONFIG(accessibility)

namespace {

/** Qt Quick's own interface for an item, with `disabled` set while the item is not enabled
 *  (an item inside a disabled one is not enabled either). */
class EnabledAwareQuickItem : public QAccessibleQuickItem
{
public:
    explicit EnabledAwareQuickItem(QQuickItem* item) : QAccessibleQuickItem(item)
    {
        // The bridge sends a state change only when told: tell it when `enabled` flips, as
        // Qt 6.5 does. The connection lives as long as the item (its context object).
        QObject::connect(item, &QQuickItem::enabledChanged, item, [item] {
            QAccessible::State changed;
            changed.disabled = true;
            QAccessibleStateChangeEvent event(item, changed);
            QAccessible::updateAccessibility(&event);
        });
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State st = QAccessibleQuickItem::state();
        if (item() && !item()->isEnabled()) {
            st.disabled = true;
        }
        return st;
    }
};

/** Asked before Qt Quick's factory for every item (Qt asks the last one installed first);
 *  answers as Qt Quick's does, for the same items. */
QAccessibleInterface* enabledAwareFactory(const QString& className, QObject* object)
{
    if (className != QLatin1String("QQuickItem")) {
        return nullptr;
    }
    auto* item = qobject_cast<QQuickItem*>(object);
    if (!item || !QQuickItemPrivate::get(item)->isAccessible) {
        return nullptr;
    }
    return new EnabledAwareQuickItem(item);
}

} // namespace

void installEnabledStateAccessibility()
{
    QAccessible::installFactory(&enabledAwareFactory);
}

#else

void installEnabledStateAccessibility() {}

#endif

} // namespace chorus::ui
