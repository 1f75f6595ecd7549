-- A small Zotero library for tst_libraryimport: two usable items, one without a title, and what a
-- reader must pass over (an attachment, a note, an annotation, an item in the trash, a feed item).
-- Zotero keeps dates as "YYYY-MM-DD original text" and arXiv ids in archiveID, "arXiv:…".

INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1);
INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (2, 'feed', 0, 0);

INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (1, 'annotation', 1);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (3, 'attachment', 0);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (8, 'bookSection', 1);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (11, 'conferencePaper', 1);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (22, 'journalArticle', 2);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (28, 'note', 0);
INSERT INTO itemTypes (itemTypeID, typeName, display) VALUES (30, 'preprint', 1);

INSERT INTO fields (fieldID, fieldName) VALUES (1, 'title');
INSERT INTO fields (fieldID, fieldName) VALUES (2, 'abstractNote');
INSERT INTO fields (fieldID, fieldName) VALUES (6, 'date');
INSERT INTO fields (fieldID, fieldName) VALUES (13, 'url');
INSERT INTO fields (fieldID, fieldName) VALUES (16, 'extra');
INSERT INTO fields (fieldID, fieldName) VALUES (38, 'publicationTitle');
INSERT INTO fields (fieldID, fieldName) VALUES (59, 'DOI');
INSERT INTO fields (fieldID, fieldName) VALUES (121, 'archiveID');

INSERT INTO creatorTypes (creatorTypeID, creatorType) VALUES (8, 'author');
INSERT INTO creatorTypes (creatorTypeID, creatorType) VALUES (10, 'editor');

INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (1, 22, 1, 'ABCD1234');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (2, 30, 1, 'PREP5678');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (3, 3, 1, 'ATTACH01');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (4, 28, 1, 'NOTE0001');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (5, 1, 1, 'ANNOT001');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (6, 22, 1, 'TRASH001');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (7, 11, 1, 'NOTITLE1');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (8, 22, 2, 'FEED0001');
INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (9, 8, 1, 'CHAP0009');

INSERT INTO itemDataValues (valueID, value) VALUES (1, 'Measurement of the W boson mass with the ATLAS détecteur');
INSERT INTO itemDataValues (valueID, value) VALUES (2, 'We measure the mass of the W boson.');
INSERT INTO itemDataValues (valueID, value) VALUES (3, '10.1103/PhysRevLett.130.071801');
INSERT INTO itemDataValues (valueID, value) VALUES (4, '2023-02-14 2/14/23');
INSERT INTO itemDataValues (valueID, value) VALUES (5, 'Physical Review Letters');
INSERT INTO itemDataValues (valueID, value) VALUES (6, 'Small language models for $\alpha$-helix prediction');
INSERT INTO itemDataValues (valueID, value) VALUES (7, 'arXiv:2506.01234');
INSERT INTO itemDataValues (valueID, value) VALUES (8, 'http://arxiv.org/abs/2506.01234v2');
INSERT INTO itemDataValues (valueID, value) VALUES (9, '10.48550/arXiv.2506.01234');
INSERT INTO itemDataValues (valueID, value) VALUES (10, '2025-06-02 2025-06-02');
INSERT INTO itemDataValues (valueID, value) VALUES (11, 'arXiv Fulltext PDF');
INSERT INTO itemDataValues (valueID, value) VALUES (12, 'A paper the user threw away');
INSERT INTO itemDataValues (valueID, value) VALUES (13, '2019-00-00 2019');
INSERT INTO itemDataValues (valueID, value) VALUES (14, 'A paper from an RSS feed');
INSERT INTO itemDataValues (valueID, value) VALUES (15, 'Strings in the early universe');
INSERT INTO itemDataValues (valueID, value) VALUES (16, 'arXiv: hep-th/9901001' || char(10) || 'DOI: 10.1000/Book.Chapter.9');
INSERT INTO itemDataValues (valueID, value) VALUES (17, '0000-00-00 Spring 1999');

INSERT INTO itemData (itemID, fieldID, valueID) VALUES (1, 1, 1);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (1, 2, 2);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (1, 59, 3);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (1, 6, 4);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (1, 38, 5);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (2, 1, 6);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (2, 121, 7);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (2, 13, 8);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (2, 59, 9);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (2, 6, 10);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (3, 1, 11);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (6, 1, 12);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (7, 6, 13);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (8, 1, 14);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (9, 1, 15);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (9, 16, 16);
INSERT INTO itemData (itemID, fieldID, valueID) VALUES (9, 6, 17);

INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) VALUES (3, 2, 1, 'application/pdf', 'storage:2506.01234v2.pdf');
INSERT INTO itemNotes (itemID, parentItemID, note, title) VALUES (4, 2, '<div data-schema-version="9"><p>Read this again</p></div>', 'Read this again');
INSERT INTO deletedItems (itemID) VALUES (6);

INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (1, 'Ana', 'Lopes', 0);
INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (2, 'Søren', 'Kierkegaard', 0);
INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (3, '', 'ATLAS Collaboration', 1);
INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (4, 'Ed', 'Itor', 0);
INSERT INTO creators (creatorID, firstName, lastName, fieldMode) VALUES (5, 'Dana', 'Deleted', 0);

INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (1, 3, 8, 0);
INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (2, 2, 8, 1);
INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (2, 1, 8, 0);
INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (9, 1, 8, 0);
INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (9, 4, 10, 1);
INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (6, 5, 8, 0);
