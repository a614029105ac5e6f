package entity

// findQuotes finds direct quotes and their speakers.
func (s *state) findQuotes() []Quote {
	return []Quote{}
}
