-- The seeded instrument taxonomy (reference data in every environment).
INSERT INTO instrument_category (code, name_zh, name_en) VALUES
    ('electron-microscopy',   '电子显微镜',     'Electron microscopy'),
    ('nmr',                   '核磁共振',       'Nuclear magnetic resonance (NMR)'),
    ('x-ray-diffraction',     'X射线衍射',      'X-ray diffraction (XRD)'),
    ('mass-spectrometry',     '质谱',           'Mass spectrometry'),
    ('chromatography',        '色谱',           'Chromatography'),
    ('synchrotron-beamline',  '同步辐射光束线', 'Synchrotron beamline'),
    ('optical-spectroscopy',  '光谱分析',       'Optical spectroscopy'),
    ('thermal-analysis',      '热分析',         'Thermal analysis'),
    ('surface-analysis',      '表面分析',       'Surface analysis (XPS, AFM)'),
    ('elemental-analysis',    '元素分析',       'Elemental analysis (ICP)'),
    ('particle-analysis',     '粒度与比表面',   'Particle size and surface area'),
    ('mechanical-testing',    '力学性能测试',   'Mechanical testing'),
    ('cell-imaging',          '细胞成像',       'Cell imaging (confocal)'),
    ('computing',             '高性能计算',     'High-performance computing');
