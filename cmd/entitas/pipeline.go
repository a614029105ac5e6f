package main

import (
	"context"
	"sync"
)

// pipeline runs work on the documents that produce makes, with jobs workers, and hands
// each finished document to emit in the order produce made them. produce gives each
// document to put, and stops when put returns false. At most window documents wait
// between produce and emit (plus one in the hands of each worker), so memory depends on
// the window and not on the size of the input. When emit returns an error, the run stops
// and pipeline returns that error.
func pipeline(jobs, window int, produce func(put func(*document) bool), work func(*document), emit func(*document) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	order := make(chan *document, window) // documents in input order, done or not
	// todo holds documents for the workers. Every document in it is also in order (or
	// held by emit), so buffering it adds nothing to the window, and it saves the
	// producer a wait for a free worker at each document.
	todo := make(chan *document, window)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for d := range todo {
				work(d)
				close(d.done)
			}
		})
	}
	go func() {
		defer close(order)
		defer close(todo)
		produce(func(d *document) bool {
			d.done = make(chan struct{})
			select {
			case order <- d:
			case <-ctx.Done():
				return false
			}
			select {
			case todo <- d:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	for d := range order {
		<-d.done
		if err := emit(d); err != nil {
			// Stop the producer; workers finish what they hold and leave when it closes
			// todo. Nothing waits for them: the producer may be blocked reading input.
			cancel()
			return err
		}
	}
	wg.Wait()
	return nil
}
