"""Business rules of the members app, by concept; views, admin and tasks call these."""
