"""One function per page: each returns the dict that both the HTML template and the JSON API show."""
