"""Files Sportello writes for other programs: calendars (ICS)."""
