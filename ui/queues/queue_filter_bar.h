// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/exception_repository.h"

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace lockstep::ui {

/// "Older than" choices of the filter bar.
enum class AgeBucket
{
    Any,
    OneHour,
    FourHours,
    OneDay,
    OneWeek
};

/// Whose exceptions a queue shows: everyone's, the person's at this desk ("Mine"), or nobody's ("Unassigned").
enum class AssigneeView
{
    All,
    Mine,
    Unassigned
};

/// What a person chose in the filter bar; a value, saved as a view and turned into a store filter.
struct QueueFilterState
{
    QString text;
    QString facility;
    std::optional<core::OwnerTeam> owner;
    AgeBucket age = AgeBucket::Any;
    core::ExceptionState state = core::ExceptionState::Open;
    AssigneeView view = AssigneeView::All;
    QString cause; ///< one cause (the exceptions' signature); empty: every cause

    /// The store filter; the age threshold counts back from `nowUtc`; "Mine" means assigned to `person`.
    core::store::ExceptionFilter toFilter(const QDateTime& nowUtc, const QString& person) const;
    /// True when anything beyond the state narrows the queue.
    bool narrows() const
    {
        return !text.trimmed().isEmpty() || !facility.isEmpty() || owner || age != AgeBucket::Any
            || view != AssigneeView::All || !cause.isEmpty();
    }
    QVariantMap toVariant() const;
    static QueueFilterState fromVariant(const QVariantMap& map);
    friend bool operator==(const QueueFilterState&, const QueueFilterState&) = default;
};

/// The filter bar above a queue: text search (debounced), facility, owner team, age, state and cause (each cause
/// with its count), and the switch between All, Mine and Unassigned (with their counts; the page lays it out beside
/// its actions, `viewSwitch()`). Emits filterChanged() once per change a person makes: typing settles for
/// kDebounceMs first, the choices apply at once. Thread: UI.
class QueueFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;

    explicit QueueFilterBar(QWidget* parent = nullptr);

    QueueFilterState filterState() const;
    /// Shows `state` in the widgets and emits filterChanged() once.
    void setFilterState(const QueueFilterState& state);
    /// The facilities offered, keeping the current choice.
    void setFacilities(const QStringList& facilities);
    /// The causes offered, each with its count (largest first), keeping the current choice.
    void setCauses(const QList<core::store::CauseGroup>& causes);
    /// The counts beside "Mine" and "Unassigned".
    void setAssigneeCounts(const core::store::AssigneeCounts& counts);
    /// For the status line: "Open · DAL-1 · older than 4 h · “MUG”".
    QString summary() const;
    QLineEdit* searchField() const { return m_search; }
    QComboBox* causeBox() const { return m_cause; }
    /// The All / Mine / Unassigned buttons (one click each), for the page to place.
    QWidget* viewSwitch() const { return m_viewSwitch; }
    QAbstractButton* viewButton(AssigneeView view) const;

    static QString ageText(AgeBucket age);
    static QString viewText(AssigneeView view);

Q_SIGNALS:
    void filterChanged();

private:
    void emitNow();

    QLineEdit* m_search = nullptr;
    QComboBox* m_facility = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_age = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_cause = nullptr;
    QWidget* m_viewSwitch = nullptr;
    QButtonGroup* m_views = nullptr;
    QTimer m_debounce;
};

} // namespace lockstep::ui
