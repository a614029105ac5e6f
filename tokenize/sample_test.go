package tokenize

// sampleArticle is a short news text written for these tests.
const sampleArticle = `SEOUL, KumpalanNEWS – Korea Utara meluncurkan rudal balistik antarbenua (ICBM) pada Kamis (31/10/2024) pukul 07.11 waktu setempat, kata Kepala Staf Gabungan Korea Selatan.
”Peluncuran ini melanggar resolusi Dewan Keamanan PBB,” ujar juru bicara kementerian Lee Sung-joon. ”Kami akan terus memantau bersama AS dan Jepang.”
Menurut Dr. H. Ahmad, S.H., M.Si., pengamat di Jl. Salemba No. 4, biaya program itu mencapai Rp 4,5 miliar atau sekitar 1.000.000 dolar AS, naik 2,5% dibanding tahun lalu.
"Ini berbahaya," katanya. Informasi lebih lanjut di https://kumpalan.id/news dan redaksi@kumpalan.id.***
`
