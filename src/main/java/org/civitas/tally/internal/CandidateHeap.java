package org.civitas.tally.internal;

import java.util.Arrays;

/** A binary min-heap of project indices under a changing order, without boxing. */
final class CandidateHeap {

    /** Negative when project a comes before project b. */
    interface Order {
        int compare(int a, int b);
    }

    private final Order order;
    private int[] heap;
    private int size;

    CandidateHeap(int capacity, Order order) {
        this.heap = new int[Math.max(1, capacity)];
        this.order = order;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    int peek() {
        return heap[0];
    }

    void add(int project) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (order.compare(project, heap[parent]) >= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = project;
    }

    int poll() {
        int top = heap[0];
        int last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && order.compare(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (order.compare(heap[child], last) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return top;
    }
}
