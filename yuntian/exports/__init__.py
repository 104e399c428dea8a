"""Excel and Word writers and readers. No Qt."""
