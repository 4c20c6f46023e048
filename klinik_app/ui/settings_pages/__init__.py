"""The pages of Arkiv → Inställningar (ui.settings_dialog): one module per subject, each saving
through its own services."""
