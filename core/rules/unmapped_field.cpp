// SPDX-License-Identifier: GPL-3.0-or-later
#include "unmapped_field.h"

namespace lockstep::core::rules {

QStringList unmappedFields(const QList<CustomField>& fields, const QHash<QString, QString>& customFieldMap)
{
    QStringList out;
    for (const CustomField& f : fields) {
        if (!customFieldMap.contains(f.key))
            out << f.key;
    }
    return out;
}

} // namespace lockstep::core::rules
