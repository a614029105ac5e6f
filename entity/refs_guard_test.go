package entity

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefsReadAfterNeedRefs keeps the reference tables' laziness safe: attribute only notes
// that they are due, and needRefs builds them when first read (discourse.go), so a
// function that reads s.refs without calling needRefs first would read the previous
// document's tables, or an empty one. Every function of the package that reads s.refs must
// call needRefs, except those that build or reset them. And the tables of references,
// whose entries are worked out when read (refUnknown until then), are read only through
// their readers (titledRef, personRef, subjectRef, orgRef): a rule that indexed one itself
// would mostly find refUnknown, which reads as no reference.
func TestRefsReadAfterNeedRefs(t *testing.T) {
	builders := map[string]bool{"buildRefs": true, "attribute": true, "needRefs": true}
	tables := map[string]bool{"person": true, "subject": true, "org": true, "titled": true}
	readers := map[string]bool{"buildRefs": true, "attribute": true, "titledRef": true, "personRef": true, "subjectRef": true, "orgRef": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil || builders[fn.Name.Name] {
				continue
			}
			var reads, asks bool
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SelectorExpr:
					if x, ok := n.X.(*ast.Ident); ok && x.Name == "s" && n.Sel.Name == "refs" {
						reads = true
					}
					if x, ok := n.X.(*ast.SelectorExpr); ok && x.Sel.Name == "refs" && tables[n.Sel.Name] && !readers[fn.Name.Name] {
						t.Errorf("%s: %s reads the table refs.%s itself, not through its reader", fset.Position(n.Pos()), fn.Name.Name, n.Sel.Name)
					}
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "needRefs" {
						asks = true
					}
				}
				return true
			})
			if reads && !asks {
				t.Errorf("%s: %s reads s.refs without calling s.needRefs() first", fset.Position(fn.Pos()), fn.Name.Name)
			}
		}
	}
}
