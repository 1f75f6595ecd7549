#pragma once

#include "core/announcementcalendar.h"
#include "core/profile.h"

#include <QUrl>

namespace pd::arxiv {

// The RSS feed of the latest announcement for all of the profile's categories, in one request.
QUrl rssUrl(const core::Profile::Sources &sources);

// One page of the export API's listing of the submissions in `window` for the profile's categories,
// oldest first.
QUrl apiUrl(const core::Profile::Sources &sources, const core::AnnouncementCalendar::Window &window,
            int start, int maxResults);

} // namespace pd::arxiv
