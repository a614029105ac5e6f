module github.com/entitas-id/entitas/gazetteer/internal/gen

go 1.26.0

require golang.org/x/text v0.44.0
