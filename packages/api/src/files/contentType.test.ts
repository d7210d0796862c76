import { sampleDocx, samplePdf, samplePng, sampleXlsx, zipOf } from '@cascade/test-support';
import { describe, expect, it } from 'vitest';
import { detectContentType } from './contentType';

describe('the type of a file, by its content', () => {
  it('knows PDF, PNG, JPEG, DOCX and XLSX by their bytes', () => {
    expect(detectContentType(samplePdf())).toBe('application/pdf');
    expect(detectContentType(samplePng())).toBe('image/png');
    expect(detectContentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectContentType(sampleDocx())).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectContentType(sampleXlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('knows nothing else: a script named .pdf, a plain zip, a cut-off zip, an empty file', () => {
    expect(detectContentType(new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(detectContentType(zipOf({ 'readme.txt': 'xin chào' }))).toBeNull();
    expect(detectContentType(sampleDocx().subarray(0, 60))).toBeNull();
    expect(detectContentType(new Uint8Array())).toBeNull();
  });
});
