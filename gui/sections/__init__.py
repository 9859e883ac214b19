"""The sections of the main window, each built the first time it is shown.

Every section is a QWidget taking `(ctx: AppContext, parent)` with `refresh()` (F5) and
`focus_main()` (where the keyboard lands when the section opens).
"""
