#!/usr/bin/env python3
"""Writes the fixtures of a Connections.csv re-saved by Excel on Windows (run from this folder; invented people)."""

NOTES = ('Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are'
         ' missing."\r\n\r\n')
HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']
ROWS = [
    ['Zoë', 'Dupré', 'https://www.linkedin.com/in/zoe-dupre-1a2b3c4d', '', 'Café £ Co', 'Barista', '02 Apr 2025'],
    ['Siobhán', 'Ó Briain', 'https://www.linkedin.com/in/siobhan-o-briain-5e6f7a8b', '', 'Acme', 'Engineer',
     '11 Mar 2019'],
]


def lines(separator):
    return NOTES + ''.join(separator.join(row) + '\r\n' for row in [HEADER] + ROWS)


# "CSV (Comma delimited)" on a Western European Windows: Windows-1252, no byte-order mark.
with open('windows-1252.csv', 'wb') as f:
    f.write(lines(',').encode('cp1252'))
# "Unicode Text": UTF-16LE with a byte-order mark, tab-separated.
with open('utf16-tabs.csv', 'wb') as f:
    f.write(b'\xff\xfe' + lines('\t').encode('utf-16-le'))
