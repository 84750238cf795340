"""Public views of the programmes app: applying, the private status page, attachments and feeds."""
